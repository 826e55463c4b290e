using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>The TCP port's defences against idle and excess connections: timeouts before and after <c>initialize</c>, and the cap.</summary>
public sealed class McpTcpLimitsTests
{
    private static void AssertDropLogged(IdentityHarness h, string reason) =>
        Assert.Contains(h.App.Logs.Entries, e => e.Level is LogLevel.Warning or LogLevel.Information && e.Message.Contains(reason, StringComparison.Ordinal));

    [Fact]
    public async Task Tcp_NoInitializeWithinTheTimeout_GetsOneErrorLineAndIsClosed()
    {
        var (h, port, _, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_MCP_TCP_INIT_TIMEOUT_SECONDS"] = "1" });
        await using var __ = h;
        using var client = await TcpJsonRpcClient.ConnectAsync(port);
        var started = Stopwatch.StartNew();

        var answer = await client.ReceiveAsync();
        var end = await client.ReceiveAsync();

        Assert.Equal(-32000, answer!["error"]!["code"]!.GetValue<int>());
        Assert.Contains("no initialize within 1 s", answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(end);
        Assert.InRange(started.Elapsed, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(8));
        AssertDropLogged(h, "no initialize within 1 s");
    }

    [Fact]
    public async Task Tcp_MalformedLinesBeforeInitialize_DoNotExtendTheTimeout()
    {
        var (h, port, _, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_MCP_TCP_INIT_TIMEOUT_SECONDS"] = "1" });
        await using var __ = h;
        using var client = await TcpJsonRpcClient.ConnectAsync(port);
        var started = Stopwatch.StartNew();

        string? message = null;
        while (started.Elapsed < TimeSpan.FromSeconds(8))
        {
            await client.SendAsync("{not json");
            var answer = await client.ReceiveAsync();
            message = answer?["error"]?["message"]?.GetValue<string>();
            if (message?.StartsWith("no initialize", StringComparison.Ordinal) == true)
            {
                break;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        Assert.Contains("no initialize within 1 s", message, StringComparison.Ordinal);
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Tcp_IdleAfterInitialize_IsClosedAfterTheIdleTimeout_WhileTrafficKeepsItOpen()
    {
        // Calls every 400 ms for 2.4 s against a 2 s idle timeout: a slow answer under a busy test run stays well inside it.
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_MCP_TCP_IDLE_TIMEOUT_SECONDS"] = "2" });
        await using var __ = h;
        using var client = await TcpMcpServer.InitializedAsync(port, key);

        for (var i = 0; i < 6; i++)
        {
            await Task.Delay(400, TestContext.Current.CancellationToken);
            var list = await client.RequestAsync(10 + i, "tools/list");
            Assert.NotNull(list["result"]!["tools"]);
        }

        var answer = await client.ReceiveAsync();
        var end = await client.ReceiveAsync();

        Assert.Equal(-32000, answer!["error"]!["code"]!.GetValue<int>());
        Assert.Contains("idle for 2 s", answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(end);
        AssertDropLogged(h, "idle for 2 s");
    }

    [Fact]
    public async Task Tcp_OverTheConnectionCap_TheNewConnectionGetsOneErrorLineAndIsClosed_UntilOneEnds()
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_MAX_CONNECTIONS"] = "2" });
        await using var __ = h;
        var first = await TcpMcpServer.InitializedAsync(port, key);
        using var second = await TcpMcpServer.InitializedAsync(port, key);

        using var third = await TcpJsonRpcClient.ConnectAsync(port);
        var refused = await third.ReceiveAsync();
        var end = await third.ReceiveAsync();

        Assert.Equal(-32000, refused!["error"]!["code"]!.GetValue<int>());
        Assert.Contains("too many connections", refused["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(end);
        Assert.NotNull((await second.RequestAsync(2, "tools/list"))["result"]);
        AssertDropLogged(h, "too many connections");

        first.Dispose();
        JsonNode? answer = null;
        for (var attempt = 0; attempt < 50 && answer?["result"] is null; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            using var again = await TcpJsonRpcClient.ConnectAsync(port);
            answer = await again.RequestAsync(1, "initialize", TcpJsonRpcClient.Initialize($"Bearer {key}"));
        }

        Assert.Equal("pierre", answer?["result"]?["serverInfo"]?["name"]?.GetValue<string>());
    }

    [Fact]
    public async Task Tcp_LineLimit_FollowsTheMcpBodyLimit()
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_MCP_MAX_BODY_BYTES"] = "4096" });
        await using var __ = h;
        using var client = await TcpMcpServer.InitializedAsync(port, key);

        await client.SendAsync(new string('x', 5000));
        var tooLong = await client.ReceiveAsync();
        var list = await client.RequestAsync(3, "tools/list");

        Assert.Equal(-32600, tooLong!["error"]!["code"]!.GetValue<int>());
        Assert.Contains("4096 bytes", tooLong["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(list["result"]!["tools"]);
    }
}
