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
}
