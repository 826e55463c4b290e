using System.Text;
using System.Text.Json.Nodes;
using Pierre.Server.Configuration;
using Pierre.Server.Hosting;

namespace Pierre.Server.Cli;

/// <summary>
/// What <c>quickstart</c> prints: the data folder, the URL, the key, two Claude Desktop configurations and a curl to try.
/// </summary>
internal static class QuickstartText
{
    public static string Render(QuickstartInfo info)
    {
        var mcpUrl = ClientConfigurations.McpUrl(info.Config.BaseUrl);
        var key = info.Key.Key;
        var text = new StringBuilder()
            .AppendLine($"Pierre quickstart: {(info.UserCreated ? "created" : "reusing")} the local demo user {info.Email} (default tenant, active),")
            .AppendLine("with the synthetic athlete connected: two years of running, cycling and swimming.")
            .AppendLine()
            .AppendLine($"Data     {info.DataFolder}")
            .AppendLine($"MCP URL  {mcpUrl}")
            .AppendLine($"API key  {key}")
            .AppendLine("         shown once: Pierre keeps only its hash." + (info.Key.ExpiresAt is { } expires ? $" It expires {expires:yyyy-MM-dd}." : string.Empty));
        if (info.EarlierKeys > 0)
        {
            var earlier = info.EarlierKeys == 1 ? "the key created before still works" : $"the {info.EarlierKeys} keys created before still work";
            text.AppendLine($"         This is a new key; {earlier}.");
        }

        text.AppendLine()
            .AppendLine("Claude Desktop, local (stdio; no server needed): add to claude_desktop_config.json")
            .AppendLine(ClientConfigurations.Json(StdioConfig(info)));
        if (info.Config.Database.Provider != DatabaseProvider.Sqlite)
        {
            text.AppendLine("(DATABASE_URL is shown without its password; put it back.)");
        }

        return text
            .AppendLine()
            .AppendLine("Claude Desktop, remote URL (the server must be running), through mcp-remote:")
            .AppendLine(ClientConfigurations.RemoteConfig(mcpUrl, key))
            .AppendLine()
            .AppendLine("Claude Code:")
            .AppendLine("  " + ClientConfigurations.ClaudeCode(mcpUrl, key))
            .AppendLine()
            .AppendLine($"Try it (with the server running: {ServeCommand(info.Config)}):")
            .AppendLine("  " + ClientConfigurations.Curl(mcpUrl, key).Replace("\n  ", "\n    ", StringComparison.Ordinal))
            .AppendLine()
            .AppendLine("Then ask your assistant: \"How is my training load?\" or \"Predict my marathon.\"")
            .ToString();
    }

    // The port the URLs above carry: a server started without it would listen on the default one.
    private static string ServeCommand(ServerConfig config) =>
        config.HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture) is var port && port == EnvironmentVariables.HttpPort.Default
            ? "pierre-mcp-server, or dotnet run --project src/Pierre.Server"
            : $"PIERRE_HTTP_PORT={port} pierre-mcp-server, or PIERRE_HTTP_PORT={port} dotnet run --project src/Pierre.Server";

    private static JsonObject StdioConfig(QuickstartInfo info)
    {
        var config = info.Config;
        var database = config.Database.Provider == DatabaseProvider.Sqlite ? $"sqlite:{config.Database.SqliteFilePath}" : config.Database.Describe();
        return ClientConfigurations.Server(new JsonObject
        {
            ["command"] = info.StdioCommand[0],
            ["args"] = new JsonArray([.. info.StdioCommand.Skip(1).Select(a => JsonValue.Create(a))]),
            ["env"] = new JsonObject
            {
                [EnvironmentVariables.DatabaseUrl.Name] = database,
                [EnvironmentVariables.EncryptionKeyPath.Name] = config.EncryptionKeyPath,
                [EnvironmentVariables.JwtSecretPath.Name] = config.JwtSecretPath,
            },
        });
    }
}
