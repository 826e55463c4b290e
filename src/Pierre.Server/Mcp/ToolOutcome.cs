using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol.Protocol;
using Pierre.Server.Errors;

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

    /// <summary>
    /// A service's answer as a tool's: the value formatted by <paramref name="format"/>, or the refusal's sentence as a
    /// tool error. An invalid request is raised as an argument error, so it reads the same whether the adapter or the
    /// service found it ("Invalid arguments for tool: …").
    /// </summary>
    public static ToolOutcome From<T>(Result<T> result, Func<T, ToolOutcome> format)
        where T : class => result.Value is { } value ? format(value) : Refused(result.Refusal!);

    public CallToolResult ToProtocol() => new()
    {
        Content = [new TextContentBlock { Text = Text }],
        StructuredContent = Structured,
        IsError = IsError ? true : null,
    };

    private static ToolOutcome Refused(Refusal refusal) =>
        refusal.Kind == RefusalKind.Invalid ? throw new ToolArgumentException(refusal.Detail) : Error(refusal.Detail);
}
