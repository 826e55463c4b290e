using System.Net;
using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

/// <summary>An agent's key on the TCP transport is held to the same capabilities, live, as on /a2a and /mcp.</summary>
public sealed class AgentOnTcpTests
{
    [Fact]
    public async Task AgentKey_OverTcp_ListsAndCallsOnlyItsCapabilities_AndStopsWhenRevoked()
    {
        var (h, port, _, token) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var agent = await A2ATestClient.RegisterAgentAsync(h, token, "connections");
        using var client = await TcpMcpServer.InitializedAsync(port, agent.Key);

        var listed = (await client.RequestAsync(2, "tools/list"))["result"]!["tools"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Order();
        Assert.Equal(["connect_provider", "disconnect_provider", "get_connection_status", "set_default_provider"], listed);
        var outside = await client.RequestAsync(3, "tools/call", TcpMcpServer.Call("get_activities"));
        Assert.Contains("Unknown tool 'get_activities'", outside["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var inside = await client.RequestAsync(4, "tools/call", TcpMcpServer.Call("get_connection_status"));
        Assert.NotNull(inside["result"]!["structuredContent"]);

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/a2a/clients/{agent.ClientId}", bearer: token)).Status);
        var refused = await client.RequestAsync(5, "tools/call", TcpMcpServer.Call("get_connection_status"));
        Assert.Contains("revoked", refused["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
