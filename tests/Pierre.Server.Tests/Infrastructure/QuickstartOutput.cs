using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>What <c>quickstart</c> printed, read the way a person copies it: the URL, the key and the two configurations.</summary>
public sealed partial record QuickstartOutput(Uri McpUrl, string ApiKey, JsonNode StdioConfig, JsonNode RemoteConfig, string Text)
{
    public static QuickstartOutput Parse(string text)
    {
        var url = UrlLine().Match(text);
        var key = KeyLine().Match(text);
        Assert.True(url.Success && key.Success, $"quickstart printed no URL or key:\n{text}");
        var blocks = JsonBlocks(text);
        Assert.True(blocks.Count == 2, $"quickstart printed {blocks.Count} JSON configurations, expected 2:\n{text}");
        return new QuickstartOutput(new Uri(url.Groups[1].Value), key.Groups[1].Value, blocks[0], blocks[1], text);
    }

    /// <summary>The <c>mcpServers.pierre</c> entry of a configuration.</summary>
    public static JsonNode Server(JsonNode config) => config["mcpServers"]!["pierre"]!;

    private static List<JsonNode> JsonBlocks(string text)
    {
        var blocks = new List<JsonNode>();
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        for (var start = lines.IndexOf("{"); start >= 0; start = lines.IndexOf("{", start + 1))
        {
            var end = lines.IndexOf("}", start);
            blocks.Add(JsonNode.Parse(string.Join('\n', lines[start..(end + 1)]))!);
            start = end;
        }

        return blocks;
    }

    [GeneratedRegex(@"^MCP URL\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^API key\s+(pk_\S+)", RegexOptions.Multiline)]
    private static partial Regex KeyLine();
}
