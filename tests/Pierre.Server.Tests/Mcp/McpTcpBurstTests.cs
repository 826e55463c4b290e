using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// The tier's per-minute burst holds on the TCP transport too: many calls on one connection never pass ASP.NET Core's
/// rate limiter, so the tool-call path applies it (a trial key: 60 a minute).
/// </summary>
public sealed class McpTcpBurstTests
{
    [Fact]
    public async Task Tcp_TrialKey_IsRefusedAfterItsBurst_AndAnotherKeyIsNot()
    {
        var (h, port, enterpriseKey, token) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var trialKey = await h.CreateKeyAsync(token, "trial", tier: "trial");
        using var trial = await TcpMcpServer.InitializedAsync(port, trialKey);
        using var enterprise = await TcpMcpServer.InitializedAsync(port, enterpriseKey);

        for (var id = 10; id < 70; id++)
        {
            var answer = await trial.RequestAsync(id, "tools/call", TcpMcpServer.Call("get_connection_status"));
            Assert.NotEqual(true, answer["result"]?["isError"]?.GetValue<bool>());
        }

        var refused = await trial.RequestAsync(70, "tools/call", TcpMcpServer.Call("get_connection_status"));
        var other = await enterprise.RequestAsync(71, "tools/call", TcpMcpServer.Call("get_connection_status"));

        Assert.True(refused["result"]?["isError"]?.GetValue<bool>());
        Assert.Contains("the trial tier allows 60 a minute", refused["result"]!["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotEqual(true, other["result"]?["isError"]?.GetValue<bool>());
    }

    [Fact]
    public async Task TheBurst_IsOneWindowAcrossHttpAndTcp()
    {
        var (h, port, _, token) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var trialKey = await h.CreateKeyAsync(token, "trial", tier: "trial");
        await using var http = await McpTestClient.ConnectAsync(h.App, trialKey);
        using var tcp = await TcpMcpServer.InitializedAsync(port, trialKey);
        var ct = TestContext.Current.CancellationToken;

        // 31 tool calls over HTTP (plus the client's handshake requests, which the HTTP limiter also counts) leave at most
        // 29 of the trial's 60 for TCP; separate windows would let TCP make 60.
        for (var i = 0; i < 31; i++)
        {
            Assert.NotEqual(true, (await http.CallToolAsync("get_connection_status", cancellationToken: ct)).IsError);
        }

        for (var id = 100; ; id++)
        {
            var answer = await tcp.RequestAsync(id, "tools/call", TcpMcpServer.Call("get_connection_status"));
            if (answer["result"]?["isError"]?.GetValue<bool>() == true)
            {
                Assert.Contains("the trial tier allows 60 a minute", answer["result"]!["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
                Assert.InRange(id - 100, 0, 29);
                return;
            }

            Assert.True(id < 200, "TCP was never refused: the windows are not shared");
        }
    }
}
