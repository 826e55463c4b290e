using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>Every analysis tool names its method in its result, and the invented composites say they are heuristics.</summary>
public sealed class MethodLabelTests
{
    [Fact]
    public async Task AnalysisTools_NameTheirMethod_AndTheCompositesSayHeuristic()
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
        var calls = new Dictionary<string, (Dictionary<string, object?>? Arguments, string Starts)>
        {
            ["calculate_recovery_score"] = (null, "heuristic:"),
            ["suggest_rest_day"] = (null, "heuristic:"),
            ["analyze_sleep_quality"] = (new() { ["asleep_minutes"] = 420 }, "heuristic:"),
            ["calculate_fitness_score"] = (null, "heuristic:"),
            ["predict_performance"] = (new() { ["target_distance_m"] = 21_097.5 }, "Daniels–Gilbert VDOT"),
            ["analyze_performance_trends"] = (null, "least-squares"),
            ["generate_recommendations"] = (null, "rule-based:"),
            ["detect_patterns"] = (null, "descriptive"),
            ["compare_activities"] = (new() { ["activity_id"] = run }, "differences"),
            ["analyze_goal_feasibility"] = (goal, "heuristic:"),
            ["suggest_goals"] = (null, "heuristic:"),
            ["track_progress"] = (null, "linear path"),
            ["get_stats"] = (null, "sums"),
            ["calculate_critical_power"] = (new() { ["sport"] = "cycling" }, string.Empty),
            ["analyze_training_load"] = (null, string.Empty),
            ["calculate_metrics"] = (new() { ["activity_id"] = run }, string.Empty),
            ["analyze_activity"] = (new() { ["activity_id"] = run }, string.Empty),
            ["get_activity_intelligence"] = (new() { ["activity_id"] = run }, string.Empty),
            ["calculate_personalized_zones"] = (null, string.Empty),
            ["calculate_daily_nutrition"] = (new() { ["height_cm"] = 175 }, string.Empty),
            ["get_athlete"] = (null, string.Empty),
        };
        var descriptions = (await client.ListToolsAsync(cancellationToken: ct)).ToDictionary(t => t.Name, t => t.Description);

        foreach (var (tool, (arguments, starts)) in calls)
        {
            var result = await client.CallToolAsync(tool, arguments, cancellationToken: ct);

            Assert.True(result.IsError != true, $"{tool}: {string.Join(" ", result.Content.OfType<ModelContextProtocol.Protocol.TextContentBlock>().Select(c => c.Text))}");
            Assert.True(result.StructuredContent!.Value.TryGetProperty("method", out var named), $"{tool} has no method");
            var method = named.GetString();
            Assert.False(string.IsNullOrWhiteSpace(method), tool);
            Assert.StartsWith(starts, method, StringComparison.Ordinal);
        }

        foreach (var composite in new[] { "calculate_recovery_score", "analyze_sleep_quality", "calculate_fitness_score" })
        {
            Assert.Contains("heuristic", descriptions[composite], StringComparison.Ordinal);
        }
    }
}
