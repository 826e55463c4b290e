using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Realtime;

/// <summary><c>/ws</c> on the real binary over Kestrel, whose WebSocket middleware the in-process test server bypasses.</summary>
public sealed class RealtimeProcessTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    [Fact]
    public async Task Socket_GetsReadyAndUsage_ThenACloseFrameOnSigterm()
    {
        await using var server = ServerProcess.Start(_folder.Path, new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true" });
        await server.WaitUntilHealthyAsync();
        var token = await SignInAsync(server);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Port}/ws"), TestContext.Current.CancellationToken);
        Assert.Equal("ready", (await ReceiveAsync(socket))!["type"]!.GetValue<string>());

        using (var client = new HttpClient { BaseAddress = server.BaseAddress })
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/keys", UriKind.Relative), TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.Equal("usage", (await ReceiveAsync(socket))!["type"]!.GetValue<string>());
        server.Terminate();

        Assert.Null(await ReceiveAsync(socket));
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, socket.CloseStatus);
        Assert.Equal("server shutting down", socket.CloseStatusDescription);
        await server.WaitForExitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal(0, server.ExitCode);
    }

    [Fact]
    public async Task SocketWithoutCredential_IsClosedWithPolicyViolation_AfterFiveSeconds()
    {
        await using var server = ServerProcess.Start(_folder.Path);
        await server.WaitUntilHealthyAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{server.Port}/ws"), TestContext.Current.CancellationToken);

        Assert.Null(await ReceiveAsync(socket));

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, socket.CloseStatus);
        Assert.Contains("no credential", socket.CloseStatusDescription, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<string> SignInAsync(ServerProcess server)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var account = new { email = "ann@example.com", password = "password123", display_name = "Ann" };
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/auth/register", account, ct)).StatusCode);
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { account.email, account.password }, ct);
        return JsonNode.Parse(await login.Content.ReadAsStringAsync(ct))!["access_token"]!.GetValue<string>();
    }

    /// <summary>The next text frame, or null once the server's close frame came (answered, as a client must).</summary>
    private static async Task<JsonNode?> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        var buffer = new byte[16 * 1024];
        var length = 0;
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        if (result.MessageType == WebSocketMessageType.Close)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            return null;
        }

        return JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, length));
    }
}
