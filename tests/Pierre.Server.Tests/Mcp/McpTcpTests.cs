using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Mcp;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>The seed's line-delimited JSON-RPC over TCP, driven through a raw socket.</summary>
public sealed class McpTcpTests
{
    private static Task<(IdentityHarness Harness, int Port, string Key, string Token)> StartAsync(string provider, string? disabled = null) =>
        TcpMcpServer.StartAsync(provider, disabled is null ? null : new() { ["PIERRE_DISABLED_TOOLS"] = disabled });

    private static Task<TcpJsonRpcClient> InitializedAsync(int port, string credential) => TcpMcpServer.InitializedAsync(port, credential);

    private static JsonObject Call(string tool, JsonObject? arguments = null) => TcpMcpServer.Call(tool, arguments);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Tcp_WithAnApiKeyOrAccessToken_ServesTheTools(string provider)
    {
        var (h, port, key, token) = await StartAsync(provider);
        await using var _ = h;

        foreach (var credential in new[] { key, token })
        {
            using var client = await InitializedAsync(port, credential);
            var list = await client.RequestAsync(2, "tools/list");
            Assert.Equal(h.App.Services.GetRequiredService<ToolCatalog>().ByName.Count, list["result"]!["tools"]!.AsArray().Count);
            await client.RequestAsync(3, "tools/call", Call("connect_provider", new JsonObject { ["provider"] = "synthetic" }));
            var activities = await client.RequestAsync(4, "tools/call", Call("get_activities", new JsonObject { ["limit"] = 2 }));
            Assert.Equal(2, activities["result"]!["structuredContent"]!["activities"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task Tcp_Batches_AreAnsweredAsBatchesInOrder_AndNotificationsGetNoAnswer()
    {
        var (h, port, key, _) = await StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await InitializedAsync(port, key);
        await client.RequestAsync(2, "tools/call", Call("connect_provider", new JsonObject { ["provider"] = "synthetic" }));

        // JSON-RPC lets a server run batch elements in any order, so no element here depends on another.
        await client.SendAsync(new JsonArray(
            TcpJsonRpcClient.Request("b", "tools/call", Call("get_athlete")),
            new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "notifications/progress", ["params"] = new JsonObject { ["progressToken"] = "x", ["progress"] = 1 } },
            TcpJsonRpcClient.Request("a", "tools/list"),
            TcpJsonRpcClient.Request(7, "tools/call", Call("get_stats"))));
        var answer = Assert.IsType<JsonArray>(await client.ReceiveAsync());

        Assert.Equal(["b", "a", "7"], answer.Select(r => r!["id"]!.ToJsonString().Trim('"')));
        Assert.NotNull(answer[1]!["result"]!["tools"]);
        Assert.NotNull(answer[2]!["result"]!["structuredContent"]!["all_time"]);
    }

    [Fact]
    public async Task Tcp_MalformedAndOversizedLines_AreRefusedAndTheConnectionStaysUsable()
    {
        var (h, port, key, _) = await StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await InitializedAsync(port, key);

        await client.SendAsync("{this is not json");
        var parse = await client.ReceiveAsync();
        await client.SendAsync(new string('x', 1024 * 1024 + 100));
        var tooLong = await client.ReceiveAsync();
        var list = await client.RequestAsync(9, "tools/list");

        Assert.Equal(-32700, parse!["error"]!["code"]!.GetValue<int>());
        Assert.Equal(-32600, tooLong!["error"]!["code"]!.GetValue<int>());
        Assert.Contains("1 MiB", tooLong["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(list["result"]!["tools"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer pk_live_00000000000000000000000000000000")]
    [InlineData("Bearer not-a-token")]
    public async Task Tcp_WithoutValidAuth_AnswersAnErrorAndCloses(string? auth)
    {
        var (h, port, _, _) = await StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpJsonRpcClient.ConnectAsync(port);

        var answer = await client.RequestAsync(1, "initialize", TcpJsonRpcClient.Initialize(auth));

        Assert.Equal(-32001, answer["error"]!["code"]!.GetValue<int>());
        Assert.Equal(1, answer["id"]!.GetValue<int>());
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Tcp_RequestBeforeInitialize_IsRefusedAndCloses()
    {
        var (h, port, _, _) = await StartAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var client = await TcpJsonRpcClient.ConnectAsync(port);

        var answer = await client.RequestAsync(5, "tools/list");

        Assert.Contains("authenticate first", answer["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(await client.ReceiveAsync());
    }

    [Fact]
    public async Task Tcp_DisabledTool_IsNotListedAndCannotBeCalled()
    {
        var (h, port, key, _) = await StartAsync(TestDatabases.Sqlite, disabled: "get_athlete");
        await using var __ = h;
        using var client = await InitializedAsync(port, key);

        var list = await client.RequestAsync(2, "tools/list");
        var call = await client.RequestAsync(3, "tools/call", Call("get_athlete"));

        Assert.DoesNotContain(list["result"]!["tools"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "get_athlete");
        Assert.Equal(-32602, call["error"]!["code"]!.GetValue<int>());
    }
}
