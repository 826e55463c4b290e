using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol.Protocol;

namespace Pierre.Server.Mcp;

/// <summary>A tool's answer: structured content matching its output schema plus a text rendering, or an error the assistant can act on.</summary>
internal sealed record ToolOutcome(JsonElement? Structured, string Text, bool IsError)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static ToolOutcome Success<T>(T value, string? text = null)
    {
        var element = JsonSerializer.SerializeToElement(value, Json);
        return new ToolOutcome(element, text ?? element.GetRawText(), false);
    }

    public static ToolOutcome Error(string message) => new(null, message, true);

    public CallToolResult ToProtocol() => new()
    {
        Content = [new TextContentBlock { Text = Text }],
        StructuredContent = Structured,
        IsError = IsError ? true : null,
    };
}
