using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>JSON-RPC messages the TCP transport must refuse with the spec's error, and keep serving after.</summary>
public sealed class McpTcpJsonRpcTests
{
    private static async Task AssertStillServesAsync(TcpJsonRpcClient client)
    {
        var list = await client.RequestAsync(99, "tools/list");
        Assert.Equal(99, list["id"]!.GetValue<int>());
        Assert.NotNull(list["result"]!["tools"]);
    }

    private static void AssertNoErrorLogged(IdentityHarness h) =>
        Assert.DoesNotContain(h.App.Logs.Entries, e => e.Level >= LogLevel.Error);

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1.0,"method":"tools/list","params":{}}""", "1.0")]
    [InlineData("""{"jsonrpc":"2.0","id":7,"method":5}""", "7")]
    [InlineData("""{"jsonrpc":"2.0","id":"s","method":null}""", "\"s\"")]
    [InlineData("""{"jsonrpc":"2.0","id":{"a":1},"method":"tools/list"}""", "null")]
    [InlineData("""{"jsonrpc":"2.0","id":8}""", "8")]
    public async Task Tcp_InvalidRequest_IsAnsweredWithInvalidRequestEchoingTheId_AndTheConnectionStaysUsable(string line, string id)
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpMcpServer.InitializedAsync(port, key);

        await client.SendAsync(line);
        var answer = await client.ReceiveAsync();

        Assert.Equal(-32600, answer!["error"]!["code"]!.GetValue<int>());
        Assert.Equal(id, answer["id"]?.ToJsonString() ?? "null");
        await AssertStillServesAsync(client);
        AssertNoErrorLogged(h);
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":[1]}""")]
    [InlineData("""{"jsonrpc":"2.0","id":1,"method":"initialize","params":"x"}""")]
    public async Task Tcp_InitializeWithParamsThatAreNotAnObject_IsRefusedAsUnauthenticated_WithoutAnErrorLog(string line)
    {
        var (h, port, _, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpJsonRpcClient.ConnectAsync(port);

        await client.SendAsync(line);
        var answer = await client.ReceiveAsync();

        Assert.Equal(-32001, answer!["error"]!["code"]!.GetValue<int>());
        Assert.Null(await client.ReceiveAsync());
        AssertNoErrorLogged(h);
    }

    [Fact]
    public async Task Tcp_BatchWithDuplicateIds_IsRefusedAsAWhole_AndTheConnectionStaysUsable()
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpMcpServer.InitializedAsync(port, key);

        await client.SendAsync(new JsonArray(TcpJsonRpcClient.Request(1, "tools/list"), TcpJsonRpcClient.Request(2, "tools/list"), TcpJsonRpcClient.Request(1, "tools/list")));
        var answer = Assert.IsType<JsonObject>(await client.ReceiveAsync());

        Assert.Equal(-32600, answer["error"]!["code"]!.GetValue<int>());
        Assert.Contains("duplicate id 1", answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(answer["id"]);
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task Tcp_BatchWithAnInvalidElement_AnswersThatElementWithInvalidRequest_AndTheOthersNormally()
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpMcpServer.InitializedAsync(port, key);

        await client.SendAsync("""[{"jsonrpc":"2.0","id":"a","method":"tools/list","params":{}},{"jsonrpc":"2.0","id":"b","method":5},{"jsonrpc":"2.0","id":2.5,"method":"tools/list"}]""");
        var answer = Assert.IsType<JsonArray>(await client.ReceiveAsync());

        Assert.Equal(["\"a\"", "\"b\"", "2.5"], answer.Select(r => r!["id"]!.ToJsonString()));
        Assert.NotNull(answer[0]!["result"]!["tools"]);
        Assert.Equal(-32600, answer[1]!["error"]!["code"]!.GetValue<int>());
        Assert.Equal(-32600, answer[2]!["error"]!["code"]!.GetValue<int>());
        await AssertStillServesAsync(client);
        AssertNoErrorLogged(h);
    }

    [Fact]
    public async Task Tcp_NonStringMethodBeforeInitialize_IsInvalidRequest_AndInitializeStillWorks()
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpJsonRpcClient.ConnectAsync(port);

        await client.SendAsync("""{"jsonrpc":"2.0","id":1,"method":5}""");
        var answer = await client.ReceiveAsync();
        var init = await client.RequestAsync(2, "initialize", TcpJsonRpcClient.Initialize($"Bearer {key}"));

        Assert.Equal(-32600, answer!["error"]!["code"]!.GetValue<int>());
        Assert.Equal(1, answer["id"]!.GetValue<int>());
        Assert.Equal("pierre", init["result"]!["serverInfo"]!["name"]!.GetValue<string>());
        AssertNoErrorLogged(h);
    }
}
