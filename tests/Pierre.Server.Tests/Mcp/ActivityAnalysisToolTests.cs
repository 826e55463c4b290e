using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

public sealed partial class ActivityAnalysisToolTests
{
    private static readonly string[] Efforts = ["recovery", "easy", "moderate", "hard", "very hard"];

    private static async Task<(IdentityHarness Harness, McpClient Client)> StartAsync(bool connect = true)
    {
        var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        return (h, await McpTestClient.ForNewUserAsync(h, connectSynthetic: connect));
    }

    private static Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken).AsTask();

    private static async Task<JsonElement> StructuredAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await CallAsync(client, tool, arguments);
        Assert.True(result.IsError != true, Text(result));
        return result.StructuredContent!.Value;
    }

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    /// <summary>Every activity get_activities lists, paging through all of them.</summary>
    private static async Task<List<JsonElement>> AllActivitiesAsync(McpClient client)
    {
        var all = new List<JsonElement>();
        for (var offset = 0; ; offset += 200)
        {
            var page = await StructuredAsync(client, "get_activities", new() { ["limit"] = 200, ["offset"] = offset });
            all.AddRange(page.GetProperty("activities").EnumerateArray());
            if (!page.GetProperty("has_more").GetBoolean())
            {
                return all;
            }
        }
    }

    private static string Id(JsonElement activity) => activity.GetProperty("id").GetString()!;

    private static string Sport(JsonElement activity) => activity.GetProperty("sport_type").GetString()!;

    private static double Speed(JsonElement activity) => activity.GetProperty("distance_m").GetDouble() / activity.GetProperty("duration_s").GetDouble();

    [Fact]
    public async Task AnalyzeActivity_RunAndRide_ZonesPartitionTheDurationAndStressMatchesCalculateMetrics()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var recent = (await AllActivitiesAsync(client)).Take(30).ToList();

        foreach (var activity in new[] { recent.First(a => Sport(a) == "run"), recent.First(a => Sport(a) == "ride") })
        {
            var id = new Dictionary<string, object?> { ["activity_id"] = Id(activity) };
            var analysis = await StructuredAsync(client, "analyze_activity", id);
            var metrics = await StructuredAsync(client, "calculate_metrics", id);

            var duration = analysis.GetProperty("duration_s").GetDouble();
            Assert.Equal(metrics.GetProperty("duration_s").GetDouble(), duration);
            var zones = analysis.GetProperty("heart_rate_zones");
            var zoneSeconds = zones.GetProperty("zones").EnumerateArray().Sum(z => z.GetProperty("seconds").GetInt32());
            Assert.Equal(duration, zoneSeconds + zones.GetProperty("below_zone_1_s").GetInt32() + zones.GetProperty("no_data_s").GetInt32());
            var splits = analysis.GetProperty("splits").EnumerateArray().ToList();
            Assert.Equal(activity.GetProperty("distance_m").GetDouble(), splits.Sum(s => s.GetProperty("distance_m").GetDouble()), activity.GetProperty("distance_m").GetDouble() * 0.01);
            Assert.Equal(duration, splits.Sum(s => s.GetProperty("duration_s").GetDouble()), duration * 0.01);
            Assert.All(splits.SkipLast(1), s => Assert.Equal(1000, s.GetProperty("distance_m").GetDouble()));
            Assert.Contains(analysis.GetProperty("effort").GetProperty("label").GetString(), Efforts);
            Assert.Equal(activity.GetProperty("average_heartrate").GetDouble(), analysis.GetProperty("average_heartrate").GetDouble(), 0.5);
            var stress = analysis.GetProperty("stress");
            // Each sport is scored against its own threshold: rides by NP and cycling FTP, runs by graded pace and threshold pace.
            var expected = Sport(activity) == "ride" ? metrics.GetProperty("tss") : metrics.GetProperty("r_tss");
            Assert.Equal(expected.GetDouble(), stress.GetProperty("score").GetDouble());
            Assert.Equal(Sport(activity) == "ride" ? "power" : "running_pace", stress.GetProperty("stress_method").GetString());
            Assert.Equal(stress.GetProperty("stress_method").GetString(), metrics.GetProperty("stress_method").GetString());
            Assert.Equal(stress.GetProperty("score").GetDouble(), metrics.GetProperty("stress").GetDouble());
            // Issue 14 item 6: NP per beat on rides, grade-adjusted pace per beat on runs (the synthetic runs record altitude).
            var decoupling = analysis.GetProperty("decoupling");
            Assert.Equal(Sport(activity) == "ride" ? "power:hr" : "graded_pace:hr", decoupling.GetProperty("basis").GetString());
            var percent = decoupling.GetProperty("percent").GetDouble();
            Assert.Equal(percent > 5, decoupling.GetProperty("decoupled").GetBoolean());
            // The first 10 minutes are the warm-up; every later second is either analysed or a stop.
            Assert.Equal(600, decoupling.GetProperty("warm_up_excluded_s").GetInt32());
            Assert.Equal(duration - 600, decoupling.GetProperty("analysed_s").GetInt32() + decoupling.GetProperty("stopped_excluded_s").GetInt32());
            Assert.Contains("Friel", decoupling.GetProperty("method").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnalyzeActivity_Ride_HasAVariabilityIndexOfAtLeastOne()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var ride = (await AllActivitiesAsync(client)).First(a => Sport(a) == "ride");

        var variability = (await StructuredAsync(client, "analyze_activity", new() { ["activity_id"] = Id(ride) })).GetProperty("variability");

        Assert.InRange(variability.GetProperty("variability_index").GetDouble(), 1.0, 1.3);
        Assert.InRange(variability.GetProperty("power_cv").GetDouble(), 0, 0.5);
    }

    [Fact]
    public async Task ActivityIntelligence_PersonalBestAndSimilarClaims_HoldAgainstGetActivities()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var all = await AllActivitiesAsync(client);
        List<JsonElement> Band(JsonElement subject, double low, double high) =>
            [.. all.Where(a => Id(a) != Id(subject) && Sport(a) == Sport(subject) && a.GetProperty("distance_m").GetDouble() >= low && a.GetProperty("distance_m").GetDouble() <= high)];
        var expectedBest = all.Where(a => Sport(a) == "run").First(a =>
        {
            var d = a.GetProperty("distance_m").GetDouble();
            return Band(a, d * 0.8, d * 1.2).All(o => Speed(o) <= Speed(a));
        });

        foreach (var activity in all.Take(6).Append(expectedBest))
        {
            var reading = await StructuredAsync(client, "get_activity_intelligence", new() { ["activity_id"] = Id(activity) });
            Assert.StartsWith("heuristic: ", reading.GetProperty("method").GetString(), StringComparison.Ordinal);

            var best = reading.GetProperty("personal_best");
            var band = Band(activity, best.GetProperty("band_low_m").GetDouble(), best.GetProperty("band_high_m").GetDouble());
            var fastestOther = band.Count == 0 ? 0 : band.Max(Speed);
            Assert.Equal(Speed(activity) >= fastestOther, best.GetProperty("is_personal_best").GetBoolean());
            if (band.Count > 0)
            {
                Assert.Equal(fastestOther, Speed(band.Single(a => Id(a) == best.GetProperty("fastest_other_id").GetString())), 1e-9);
            }

            var similar = reading.GetProperty("similar");
            var since = similar.GetProperty("since").GetDateTimeOffset();
            Assert.Equal(band.Count(a => a.GetProperty("start_date").GetDateTimeOffset() >= since), similar.GetProperty("count").GetInt32());
            Assert.InRange(reading.GetProperty("insights").GetArrayLength(), 2, 4);
            var effect = reading.GetProperty("training_effect");
            Assert.True(effect.GetProperty("stress").GetDouble() > 0);
            if (effect.GetProperty("ratio").ValueKind == JsonValueKind.Number)
            {
                Assert.Equal(effect.GetProperty("stress").GetDouble() / effect.GetProperty("typical_stress").GetDouble(), effect.GetProperty("ratio").GetDouble(), 0.02);
            }

            Assert.EndsWith(Sport(activity), reading.GetProperty("session_type").GetString(), StringComparison.Ordinal);
        }

        var claimed = await StructuredAsync(client, "get_activity_intelligence", new() { ["activity_id"] = Id(expectedBest) });
        Assert.True(claimed.GetProperty("personal_best").GetProperty("is_personal_best").GetBoolean());
    }

    [Theory]
    [InlineData("analyze_activity")]
    [InlineData("get_activity_intelligence")]
    [InlineData("compare_activities")]
    public async Task ActivityTools_UnknownOrMissingId_AreToolErrorsThatSayWhatToDo(string tool)
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var unknown = await CallAsync(client, tool, new() { ["activity_id"] = "syn-19990101" });
        var missing = await CallAsync(client, tool);
        var typo = await CallAsync(client, tool, new() { ["activity_id"] = "syn-19990101", ["activty"] = 1 });

        Assert.True(unknown.IsError);
        Assert.Contains("get_activities", Text(unknown), StringComparison.Ordinal);
        Assert.True(missing.IsError);
        Assert.Contains("activity_id", Text(missing), StringComparison.Ordinal);
        Assert.True(typo.IsError);
        Assert.Contains("unknown argument", Text(typo), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze_activity", true)]
    [InlineData("get_activity_intelligence", true)]
    [InlineData("compare_activities", true)]
    [InlineData("detect_patterns", false)]
    [InlineData("generate_recommendations", false)]
    public async Task AnalysisTools_WithoutAProvider_SayToConnectOne(string tool, bool takesActivity)
    {
        var (h, client) = await StartAsync(connect: false);
        await using var _ = h;
        await using var __ = client;

        var result = await CallAsync(client, tool, takesActivity ? new() { ["activity_id"] = "syn-20260101" } : null);

        Assert.True(result.IsError);
        Assert.Contains("connect_provider", Text(result), StringComparison.Ordinal);
    }
}
