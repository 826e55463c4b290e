using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>A server with its TCP MCP port open and one active user (ann) holding an API key and an access token.</summary>
public static class TcpMcpServer
{
    public static async Task<(IdentityHarness Harness, int Port, string Key, string Token)> StartAsync(
        string provider, Dictionary<string, string>? settings = null)
    {
        var port = FreePort();
        var merged = new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true", ["PIERRE_MCP_TCP_PORT"] = port.ToString(CultureInfo.InvariantCulture) };
        foreach (var (k, v) in settings ?? [])
        {
            merged[k] = v;
        }

        var h = await IdentityHarness.StartAsync(provider, merged);
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        return (h, port, await h.CreateKeyAsync(token), token);
    }

    /// <summary>A connection past <c>initialize</c> and <c>notifications/initialized</c>.</summary>
    public static async Task<TcpJsonRpcClient> InitializedAsync(int port, string credential)
    {
        var client = await TcpJsonRpcClient.ConnectAsync(port);
        var init = await client.RequestAsync(1, "initialize", TcpJsonRpcClient.Initialize($"Bearer {credential}"));
        Assert.Equal("pierre", init["result"]?["serverInfo"]?["name"]?.GetValue<string>());
        await client.SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "notifications/initialized" });
        return client;
    }

    public static JsonObject Call(string tool, JsonObject? arguments = null) => new() { ["name"] = tool, ["arguments"] = arguments ?? new JsonObject() };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
