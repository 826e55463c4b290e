using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pierre.Server.Hosting;

/// <summary>
/// The ready-to-paste ways to connect a client with an API key, the same in <c>quickstart</c>'s output and on the web
/// UI's keys page: Claude Desktop through mcp-remote, Claude Code, and a curl to try.
/// </summary>
internal static class ClientConfigurations
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string McpUrl(Uri baseUrl) => baseUrl.ToString().TrimEnd('/') + "/mcp";

    public static IReadOnlyList<ClientConfiguration> For(Uri baseUrl, string key)
    {
        var mcpUrl = McpUrl(baseUrl);
        return
        [
            new("Claude Desktop (claude_desktop_config.json, through mcp-remote)", "config-claude-desktop", RemoteConfig(mcpUrl, key)),
            new("Claude Code", "config-claude-code", ClaudeCode(mcpUrl, key)),
            new("Try it with curl", "config-curl", Curl(mcpUrl, key)),
        ];
    }

    // The key travels in env, not args: mcp-remote expands ${PIERRE_API_KEY} in the header itself.
    public static string RemoteConfig(string mcpUrl, string key) => Json(Server(new JsonObject
    {
        ["command"] = "npx",
        ["args"] = new JsonArray("-y", "mcp-remote", mcpUrl, "--header", "X-API-Key:${PIERRE_API_KEY}"),
        ["env"] = new JsonObject { ["PIERRE_API_KEY"] = key },
    }));

    public static string ClaudeCode(string mcpUrl, string key) => $"claude mcp add --transport http pierre {mcpUrl} --header \"X-API-Key: {key}\"";

    public static string Curl(string mcpUrl, string key) =>
        $"curl -s {mcpUrl} -H 'X-API-Key: {key}' -H 'content-type: application/json' \\\n"
        + "  -H 'accept: application/json, text/event-stream' -d '{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}'";

    public static JsonObject Server(JsonObject pierre) => new() { ["mcpServers"] = new JsonObject { ["pierre"] = pierre } };

    public static string Json(JsonObject value) => value.ToJsonString(Indented);
}

/// <summary>One way to connect: a title, an id for the page, and the text to paste.</summary>
internal sealed record ClientConfiguration(string Title, string Id, string Text);
