using System.IO.Pipelines;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>The size cap on <c>/mcp</c> bodies: 413 ProblemDetails, with or without a Content-Length.</summary>
public sealed class McpHttpBodyLimitTests
{
    private static async Task<(IdentityHarness Harness, string Key)> StartAsync(Dictionary<string, string>? settings = null)
    {
        var merged = new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true" };
        foreach (var (k, v) in settings ?? [])
        {
            merged[k] = v;
        }

        var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, merged);
        await h.RegisterAsync("ann@example.com");
        return (h, await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token")));
    }

    /// <summary>A tools/call whose JSON is <paramref name="bytes"/> long, padded in an argument.</summary>
    private static byte[] CallOfSize(int bytes)
    {
        var head = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"get_athlete","arguments":{"pad":" """);
        var tail = Encoding.UTF8.GetBytes("\"}}}");
        var body = new byte[bytes];
        head.CopyTo(body, 0);
        body.AsSpan(head.Length, bytes - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(body, bytes - tail.Length);
        return body;
    }

    private static HttpContent Json(HttpContent content)
    {
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>A body with no Content-Length, as a chunked upload sends it.</summary>
    private static async Task<HttpContent> ChunkedAsync(byte[] body)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        await pipe.Writer.WriteAsync(body, TestContext.Current.CancellationToken);
        await pipe.Writer.CompleteAsync();
        return Json(new StreamContent(pipe.Reader.AsStream()));
    }

    private static async Task AssertTooLargeAsync(HttpClient client, string key, HttpContent content, long? declaredLength)
    {
        using var request = McpRawHttp.Post(key, content);
        Assert.Equal(declaredLength, request.Content!.Headers.ContentLength);

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(413, problem["status"]!.GetValue<int>());
        Assert.Contains("MiB", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mcp_FortyMegabyteBody_Is413ProblemDetails()
    {
        var (h, key) = await StartAsync();
        await using var _ = h;

        await AssertTooLargeAsync(h.Client, key, Json(new ByteArrayContent(CallOfSize(40 * 1024 * 1024))), 40 * 1024 * 1024);
    }

    [Fact]
    public async Task Mcp_SixteenConcurrentOversizedChunkedBodies_AreEach413ProblemDetails()
    {
        var (h, key) = await StartAsync();
        await using var _ = h;
        var body = CallOfSize((2 * 1024 * 1024) + 10);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(async _ => await AssertTooLargeAsync(h.Client, key, await ChunkedAsync(body), null)));
    }

    [Fact]
    public async Task Mcp_BodyLimit_FollowsTheSetting_AndSmallerBodiesAreServed()
    {
        var (h, key) = await StartAsync(new() { ["PIERRE_MCP_MAX_BODY_BYTES"] = "2097152" });
        await using var _ = h;

        await AssertTooLargeAsync(h.Client, key, Json(new ByteArrayContent(CallOfSize((2 * 1024 * 1024) + 1))), (2 * 1024 * 1024) + 1);
        await AssertTooLargeAsync(h.Client, key, await ChunkedAsync(CallOfSize((2 * 1024 * 1024) + 1)), null);
        var (status, answer) = await McpRawHttp.SendAsync(h.Client, key, Encoding.UTF8.GetString(CallOfSize(1536 * 1024)));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("pad", answer!["result"]!["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(16 * 1024, false)]
    [InlineData((16 * 1024) + 1, false)]
    [InlineData(16 * 1024, true)]
    [InlineData((16 * 1024) + 1, true)]
    public async Task Mcp_BodiesEitherSideOfTheOneReadSize_AreServed_AndCutOnesRefused(int bytes, bool cutShort)
    {
        var (h, key) = await StartAsync();
        await using var _ = h;
        var body = CallOfSize(bytes);
        if (cutShort)
        {
            // The same declared length, but the JSON ends early: a clear 400, never a crash or a half-read answer.
            body.AsSpan(bytes - 4).Fill((byte)' ');
        }

        var (status, answer) = await McpRawHttp.SendAsync(h.Client, key, Encoding.UTF8.GetString(body));

        Assert.Equal(cutShort ? HttpStatusCode.BadRequest : HttpStatusCode.OK, status);
        if (!cutShort)
        {
            Assert.Contains("pad", answer!["result"]!["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }
}
