using System.Net;
using System.Net.Sockets;
using System.Text;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Diagnostics;

/// <summary>
/// A client that hangs up halfway through its body is not a server failure: no error log, and the server goes on. The
/// real binary, because whether the request is already marked aborted when the read fails is a race that an in-process
/// host (the test's thread pool) rarely loses.
/// </summary>
public sealed class ClientAbortTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new();
    private ServerProcess _server = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = ServerProcess.Start(_folder.Path, new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true" });
        await _server.WaitUntilHealthyAsync();
        _client = new HttpClient { BaseAddress = _server.BaseAddress };
    }

    // A killed load client resets its connections; a FIN is the polite case.
    [Theory]
    [InlineData("/api/auth/login", false, true)]
    [InlineData("/api/keys", true, true)]
    [InlineData("/mcp", true, true)]
    [InlineData("/mcp", true, false)]
    public async Task ClientClosingMidBody_LogsNoErrorAndTheServerAnswersTheNext(string path, bool withKey, bool reset)
    {
        var ct = TestContext.Current.CancellationToken;
        var key = withKey ? await KeyAsync() : null;

        for (var i = 0; i < 3; i++)
        {
            await SendHalfARequestAsync(path, key, reset, ct);
        }

        await WaitForRequestLogsAsync(path, 3, ct);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/health", UriKind.Relative), ct)).StatusCode);
        var errors = _server.Stdout.Split('\n').Where(l => l.Contains(" fail: ", StringComparison.Ordinal) || l.Contains(" crit: ", StringComparison.Ordinal));
        Assert.True(!errors.Any(), string.Join("\n", errors));
    }

    private async Task SendHalfARequestAsync(string path, string? key, bool reset, CancellationToken ct)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(IPAddress.Loopback, _server.Port, ct);
        var head = $"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{_server.Port}\r\nContent-Type: application/json\r\n"
            + "Accept: application/json, text/event-stream\r\n" + (key is null ? string.Empty : $"X-API-Key: {key}\r\n")
            + "Content-Length: 1000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/li";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head), ct);
        await Task.Delay(200, ct);
        if (reset)
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        else
        {
            socket.Shutdown(SocketShutdown.Both);
        }

        socket.Close();
    }

    // A request's log line is written when the pipeline is done with it, after anything it threw was logged.
    private async Task WaitForRequestLogsAsync(string path, int count, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 50 && _server.Stdout.Split('\n').Count(l => l.Contains($"HTTP POST {path} -> 4", StringComparison.Ordinal)) < count; attempt++)
        {
            await Task.Delay(100, ct);
        }
    }

    private async Task<string> KeyAsync()
    {
        await _client.PostAsync("/api/auth/register", new { email = "ann@example.com", password = "password123" });
        var token = (await _client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" })).Body.Str("access_token");
        return (await _client.PostAsync("/api/keys", new { name = "k" }, token)).Body.Str("key");
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
        _folder.Dispose();
    }
}
