using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// Arguments a tool cannot use are a tool error naming the argument; <c>tools/call</c> params of the wrong shape are
/// JSON-RPC Invalid params (-32602). Both over Streamable HTTP (raw posts) and TCP.
/// </summary>
public sealed class McpToolArgumentErrorTests
{
    public static TheoryData<string, string, string> OutOfRangeDates => new()
    {
        { "get_activities", """{"before":"99999999999999"}""", "before" },
        { "get_activities", """{"after":"-99999999999999"}""", "after" },
        { "set_goal", """{"goal_type":"distance","sport_type":"run","target_value":100,"target_date":"99999999999999"}""", "target_date" },
        { "set_goal", """{"goal_type":"distance","sport_type":"run","target_value":100,"target_date":"2027-01-01","start_date":"-99999999999999"}""", "start_date" },
    };

    public static TheoryData<string, string> MalformedCallParams => new()
    {
        { "[1,2]", "params must be an object" },
        { """{"arguments":{}}""", "params.name" },
        { """{"name":5}""", "params.name" },
        { """{"name":"get_activities","arguments":[1]}""", "params.arguments must be an object" },
    };

    private static async Task<(IdentityHarness Harness, string Key)> StartAsync()
    {
        var (h, _, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        return (h, key);
    }

    private static void AssertNoFailureLogged(IdentityHarness h) =>
        Assert.DoesNotContain(h.App.Logs.Entries, e => e.Level >= LogLevel.Error);

    [Theory]
    [MemberData(nameof(OutOfRangeDates))]
    public async Task Http_OutOfRangeDate_IsAToolErrorNamingTheArgument(string tool, string arguments, string argument)
    {
        var (h, key) = await StartAsync();
        await using var _ = h;
        await McpRawHttp.SendAsync(h.Client, key, McpRawHttp.Call(1, "connect_provider", new JsonObject { ["provider"] = "synthetic" }));

        var (status, answer) = await McpRawHttp.SendAsync(h.Client, key, McpRawHttp.Call(2, tool, JsonNode.Parse(arguments)!.AsObject()));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(answer!["result"]!["isError"]!.GetValue<bool>());
        var text = answer["result"]!["content"]![0]!["text"]!.GetValue<string>();
        Assert.Contains($"Invalid arguments for {tool}: argument '{argument}'", text, StringComparison.Ordinal);
        AssertNoFailureLogged(h);
    }

    [Theory]
    [MemberData(nameof(OutOfRangeDates))]
    public async Task Tcp_OutOfRangeDate_IsAToolErrorNamingTheArgument(string tool, string arguments, string argument)
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpMcpServer.InitializedAsync(port, key);
        await client.RequestAsync(2, "tools/call", TcpMcpServer.Call("connect_provider", new JsonObject { ["provider"] = "synthetic" }));

        var answer = await client.RequestAsync(3, "tools/call", TcpMcpServer.Call(tool, JsonNode.Parse(arguments)!.AsObject()));

        Assert.True(answer["result"]!["isError"]!.GetValue<bool>());
        Assert.Contains($"argument '{argument}'", answer["result"]!["content"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertNoFailureLogged(h);
    }

    [Theory]
    [MemberData(nameof(MalformedCallParams))]
    public async Task Http_ToolsCallWithMalformedParams_IsInvalidParams(string parameters, string message)
    {
        var (h, key) = await StartAsync();
        await using var _ = h;

        var (status, answer) = await McpRawHttp.SendAsync(h.Client, key, $$"""{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{{parameters}}}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, answer!["id"]!.GetValue<int>());
        Assert.Equal(-32602, answer["error"]!["code"]!.GetValue<int>());
        Assert.Contains(message, answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(MalformedCallParams))]
    public async Task Tcp_ToolsCallWithMalformedParams_IsInvalidParams_AndTheConnectionStaysUsable(string parameters, string message)
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpMcpServer.InitializedAsync(port, key);

        await client.SendAsync($$"""{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{{parameters}}}""");
        var answer = await client.ReceiveAsync();
        var list = await client.RequestAsync(5, "tools/list");

        Assert.Equal(4, answer!["id"]!.GetValue<int>());
        Assert.Equal(-32602, answer["error"]!["code"]!.GetValue<int>());
        Assert.Contains(message, answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(list["result"]!["tools"]);
    }
}
