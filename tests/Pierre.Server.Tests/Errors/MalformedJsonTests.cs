using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Errors;

/// <summary>A body that is not JSON, or not the JSON an endpoint takes, gets a ProblemDetails that helps and names no internal type.</summary>
public sealed class MalformedJsonTests
{
    private static async Task<(HttpResponseMessage Response, JsonNode Body)> PostRawAsync(HttpClient client, string path, string body, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (apiKey is not null)
        {
            request.Headers.Add("X-API-Key", apiKey);
        }

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json", $"{response.StatusCode} {response.Content.Headers.ContentType}: {text}");
        return (response, JsonNode.Parse(text)!);
    }

    private static void AssertHelpful(HttpResponseMessage response, JsonNode body)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_request", body.Str("code"));
        var detail = body.Str("detail");
        Assert.StartsWith("the request body is not valid JSON", detail, StringComparison.Ordinal);
        foreach (var internalName in new[] { "Pierre.", "System.", "ModelContextProtocol", "JsonRpcMessage", "LoginRequest", "Request request" })
        {
            Assert.DoesNotContain(internalName, detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/auth/login", "{\"email\":")]
    [InlineData("/api/auth/login", "not json")]
    [InlineData("/api/auth/login", "{\"email\":5,\"password\":\"x\"}")]
    [InlineData("/api/auth/register", "[1,2]")]
    [InlineData("/admin/setup", "{\"token\":}")]
    public async Task RestEndpoint_WithMalformedJson_Is400WithAHelpfulDetail(string path, string body)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var (response, problem) = await PostRawAsync(h.Client, path, body);

        AssertHelpful(response, problem);
    }

    [Theory]
    [InlineData("{\"jsonrpc\":\"2.0\",")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}")]
    [InlineData("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"tools/list\"}")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} trailing")]
    public async Task Mcp_WithMalformedJson_Is400WithAHelpfulDetail(string body)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var key = await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"));

        var (response, problem) = await PostRawAsync(h.Client, "/mcp", body, key);

        AssertHelpful(response, problem);
    }

    [Fact]
    public async Task PathBelowMcp_IsNotTheMcpEndpoint_SoItsBodyIsNeitherReadNorJudged()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var key = await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"));

        var (response, _) = await PostRawAsync(h.Client, "/mcp/anything", "{\"jsonrpc\":", key);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
