using System.Globalization;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Pierre.Server.Tests.Mcp.RealProviders;

/// <summary>
/// Calls tools from <c>tools/list</c> as an assistant would against one real provider: a table of valid arguments per
/// tool, the provider named wherever a tool takes one, and each answer checked for an error and for the fields its
/// output schema requires.
/// </summary>
internal sealed class ToolListRun(McpClient client, string provider, string activityId, DateTimeOffset now)
{
    /// <summary>Tools that change connections: called on their own, not in the list.</summary>
    public static readonly IReadOnlySet<string> ConnectionTools = new HashSet<string>(StringComparer.Ordinal) { "connect_provider", "disconnect_provider" };

    public Dictionary<string, object?> Arguments(string tool, bool sleepGiven)
    {
        var goal = new Dictionary<string, object?>
        {
            ["goal_type"] = "distance", ["sport_type"] = "run", ["target_value"] = 150,
            ["target_date"] = now.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        return tool switch
        {
            "get_activities" => new() { ["limit"] = 50 },
            "analyze_activity" or "get_activity_intelligence" or "calculate_metrics" or "compare_activities" => new() { ["activity_id"] = activityId },
            "predict_performance" => new() { ["target_distance_m"] = 10_000 },
            "calculate_critical_power" => new()
            {
                ["efforts"] = new[] { new Dictionary<string, object?> { ["duration_s"] = 180, ["power_w"] = 400 }, new Dictionary<string, object?> { ["duration_s"] = 720, ["power_w"] = 300 } },
            },
            "analyze_sleep_quality" => sleepGiven ? new() { ["asleep_minutes"] = 420, ["in_bed_minutes"] = 470 } : [],
            "calculate_daily_nutrition" => new() { ["height_cm"] = 168 },
            "update_user_configuration" => new() { ["profile"] = "competitive" },
            "validate_configuration" => new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_ftp_watts"] = 250 } },
            "set_goal" or "analyze_goal_feasibility" => goal,
            _ => [],
        };
    }

    /// <summary>Calls each tool named (in the list's order), naming the provider where the tool takes one; the structured answers by tool.</summary>
    public async Task<Dictionary<string, JsonElement>> CallAsync(IList<McpClientTool> tools, IReadOnlySet<string> names, bool sleepGiven)
    {
        var answers = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var tool in tools.Where(t => names.Contains(t.Name)))
        {
            var arguments = Arguments(tool.Name, sleepGiven);
            if (tool.ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("provider", out _))
            {
                arguments["provider"] = provider;
            }

            var result = await client.CallToolAsync(tool.Name, arguments, cancellationToken: TestContext.Current.CancellationToken);
            var text = ((TextContentBlock)result.Content[0]).Text;
            Assert.True(result.IsError != true, $"{tool.Name} on {provider}: {text}");
            var structured = Assert.IsType<JsonElement>(result.StructuredContent, exactMatch: false);
            Assert.Equal(JsonValueKind.Object, structured.ValueKind);
            if (tool.ProtocolTool.OutputSchema?.TryGetProperty("required", out var required) == true)
            {
                foreach (var field in required.EnumerateArray())
                {
                    Assert.True(structured.TryGetProperty(field.GetString()!, out _), $"{tool.Name} on {provider} lacks '{field}'");
                }
            }

            Assert.DoesNotContain("NaN", structured.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", structured.GetRawText(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{tool.Name} on {provider} has no text");
            answers[tool.Name] = structured;
        }

        return answers;
    }
}
