using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>Every listed tool, called on the synthetic athlete, answers with structured content that its schema promises.</summary>
public sealed class IntelligenceToolsTests
{
    [Fact]
    public async Task EveryListedTool_OnTheSyntheticAthlete_AnswersWithItsRequiredFieldsAndFiniteNumbers()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h);
        var ct = TestContext.Current.CancellationToken;
        var run = (await client.CallToolAsync("get_activities", new Dictionary<string, object?> { ["sport_type"] = "run", ["limit"] = 1 }, cancellationToken: ct))
            .StructuredContent!.Value.GetProperty("activities")[0].GetProperty("id").GetString();
        var goal = new Dictionary<string, object?>
        {
            ["goal_type"] = "distance", ["sport_type"] = "run", ["target_value"] = 150,
            ["target_date"] = TimeProvider.System.GetUtcNow().AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
        var arguments = new Dictionary<string, Dictionary<string, object?>>
        {
            ["analyze_activity"] = new() { ["activity_id"] = run },
            ["get_activity_intelligence"] = new() { ["activity_id"] = run },
            ["compare_activities"] = new() { ["activity_id"] = run },
            ["calculate_metrics"] = new() { ["activity_id"] = run },
            ["predict_performance"] = new() { ["target_distance_m"] = 21_097.5 },
            ["calculate_critical_power"] = new() { ["sport"] = "cycling" },
            ["analyze_sleep_quality"] = new() { ["asleep_minutes"] = 420 },
            ["calculate_daily_nutrition"] = new() { ["height_cm"] = 175 },
            ["update_user_configuration"] = new() { ["profile"] = "competitive" },
            ["validate_configuration"] = new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_ftp_watts"] = 250 } },
            ["set_goal"] = goal,
            ["analyze_goal_feasibility"] = goal,
            ["connect_provider"] = new() { ["provider"] = "synthetic" },
            ["set_default_provider"] = new() { ["provider"] = "synthetic" },
        };

        var tools = await client.ListToolsAsync(cancellationToken: ct);
        Assert.Equal(32, tools.Count);
        foreach (var tool in tools.Where(t => t.Name != "disconnect_provider"))
        {
            var result = await client.CallToolAsync(tool.Name, arguments.GetValueOrDefault(tool.Name), cancellationToken: ct);
            var text = ((TextContentBlock)result.Content[0]).Text;

            Assert.True(result.IsError != true, $"{tool.Name}: {text}");
            var structured = Assert.IsType<JsonElement>(result.StructuredContent, exactMatch: false);
            foreach (var required in tool.ProtocolTool.OutputSchema!.Value.GetProperty("required").EnumerateArray())
            {
                Assert.True(structured.TryGetProperty(required.GetString()!, out _), $"{tool.Name} lacks '{required}'");
            }

            Assert.DoesNotContain("NaN", structured.GetRawText(), StringComparison.Ordinal);
            Assert.DoesNotContain("Infinity", structured.GetRawText(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{tool.Name} has no text");
        }
    }
}
