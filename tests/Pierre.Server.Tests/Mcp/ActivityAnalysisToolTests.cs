using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

public sealed class ActivityAnalysisToolTests
{
    private static readonly string[] Efforts = ["recovery", "easy", "moderate", "hard", "very hard"];

    private static async Task<(IdentityHarness Harness, McpClient Client)> StartAsync(bool connect = true)
    {
        var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var key = await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"));
        var client = await McpTestClient.ConnectAsync(h.App, key);
        if (connect)
        {
            await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" });
        }

        return (h, client);
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
            var expected = Sport(activity) == "ride" ? metrics.GetProperty("tss") : metrics.GetProperty("hr_tss");
            Assert.Equal(expected.GetDouble(), stress.GetProperty("score").GetDouble());
            Assert.Equal(Sport(activity) == "ride" ? "power" : "heartrate", stress.GetProperty("method").GetString());
            Assert.Equal(Sport(activity) == "ride" ? "power:hr" : "speed:hr", analysis.GetProperty("decoupling").GetProperty("basis").GetString());
            var percent = analysis.GetProperty("decoupling").GetProperty("percent").GetDouble();
            Assert.Equal(percent > 5, analysis.GetProperty("decoupling").GetProperty("decoupled").GetBoolean());
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

    [Fact]
    public async Task CompareActivities_Baselines_AreTheActivitiesGetActivitiesLists()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var all = await AllActivitiesAsync(client);
        var run = all.First(a => Sport(a) == "run");
        var distance = run.GetProperty("distance_m").GetDouble();
        var band = all.Where(a => Id(a) != Id(run) && Sport(a) == "run" && a.GetProperty("distance_m").GetDouble() >= distance * 0.8 && a.GetProperty("distance_m").GetDouble() <= distance * 1.2).ToList();
        Task<JsonElement> CompareAsync(string? compareTo) =>
            StructuredAsync(client, "compare_activities", new() { ["activity_id"] = Id(run), ["compare_to"] = compareTo });

        var similar = await CompareAsync(null);
        var best = await CompareAsync("personal_best");
        var average = await CompareAsync("average");

        var since = similar.GetProperty("baseline").GetProperty("since").GetDateTimeOffset();
        var similarRuns = band.Where(a => a.GetProperty("start_date").GetDateTimeOffset() >= since).ToList();
        Assert.Equal("similar", similar.GetProperty("compare_to").GetString());
        Assert.Equal(similarRuns.Count, similar.GetProperty("baseline").GetProperty("activities").GetInt32());
        var speed = similar.GetProperty("differences").GetProperty("speed_m_s");
        Assert.Equal(Speed(run), speed.GetProperty("this").GetDouble(), 0.001);
        Assert.Equal(similarRuns.Average(Speed), speed.GetProperty("other").GetDouble(), 0.001);
        Assert.Equal(band.Max(Speed), best.GetProperty("differences").GetProperty("speed_m_s").GetProperty("other").GetDouble(), 0.001);
        Assert.Equal(Speed(run) >= band.Max(Speed), best.GetProperty("is_personal_best").GetBoolean());
        Assert.Equal(Speed(band.Single(a => Id(a) == best.GetProperty("baseline").GetProperty("activity_id").GetString())), band.Max(Speed));
        var runsSince = all.Count(a => Id(a) != Id(run) && Sport(a) == "run" && a.GetProperty("start_date").GetDateTimeOffset() >= since);
        Assert.Equal(runsSince, average.GetProperty("baseline").GetProperty("activities").GetInt32());
        Assert.False(similar.GetProperty("differences").TryGetProperty("power_w", out var _), "runs have no power");
    }

    [Fact]
    public async Task CompareActivities_TwoActivitiesBothWays_DifferencesAreOpposite()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var rides = (await AllActivitiesAsync(client)).Where(a => Sport(a) == "ride").Take(2).ToList();

        var forward = await StructuredAsync(client, "compare_activities", new() { ["activity_id"] = Id(rides[0]), ["other_activity_id"] = Id(rides[1]) });
        var backward = await StructuredAsync(client, "compare_activities", new() { ["activity_id"] = Id(rides[1]), ["other_activity_id"] = Id(rides[0]) });

        Assert.Equal("activity", forward.GetProperty("compare_to").GetString());
        Assert.Equal(Id(rides[1]), forward.GetProperty("baseline").GetProperty("activity_id").GetString());
        var metrics = forward.GetProperty("differences").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("power_w", metrics);
        Assert.Contains("meters_per_beat", metrics);
        Assert.DoesNotContain("pace_s_per_km", metrics);
        foreach (var metric in metrics)
        {
            var there = forward.GetProperty("differences").GetProperty(metric);
            var back = backward.GetProperty("differences").GetProperty(metric);
            Assert.Equal(-there.GetProperty("difference").GetDouble(), back.GetProperty("difference").GetDouble(), 0.0011);
            Assert.Equal(there.GetProperty("this").GetDouble(), back.GetProperty("other").GetDouble());
        }
    }

    [Fact]
    public async Task CompareActivities_BadArguments_AreToolErrorsNamingTheProblem()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var recent = (await AllActivitiesAsync(client)).Take(10).ToList();
        var run = Id(recent.First(a => Sport(a) == "run"));
        var ride = Id(recent.First(a => Sport(a) == "ride"));

        (Dictionary<string, object?> Arguments, string Expected)[] cases =
        [
            (new() { ["activity_id"] = run, ["compare_to"] = "best" }, "compare_to"),
            (new() { ["activity_id"] = run, ["compare_to"] = "average", ["other_activity_id"] = ride }, "not both"),
            (new() { ["activity_id"] = run, ["other_activity_id"] = run }, "different activity"),
            (new() { ["activity_id"] = run, ["other_activity_id"] = ride }, "same sport"),
            (new() { ["activity_id"] = run, ["other_activity_id"] = "syn-19990101" }, "get_activities"),
        ];
        foreach (var (arguments, expected) in cases)
        {
            var result = await CallAsync(client, "compare_activities", arguments);

            Assert.True(result.IsError);
            Assert.Contains(expected, Text(result), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DetectPatterns_WeeksSessionsAndSpikes_AddUpFromGetActivities()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var all = await AllActivitiesAsync(client);

        var patterns = await StructuredAsync(client, "detect_patterns");

        var from = DateOnly.Parse(patterns.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(patterns.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var inWindow = all.Where(a => DateOnly.FromDateTime(a.GetProperty("start_date").GetDateTimeOffset().UtcDateTime) is var d && d >= from && d <= to).ToList();
        var weekly = patterns.GetProperty("weekly").EnumerateArray().ToList();
        Assert.Equal(12, weekly.Count);
        Assert.Equal(83, to.DayNumber - from.DayNumber);
        Assert.Equal(inWindow.Count, weekly.Sum(w => w.GetProperty("sessions").GetInt32()));
        Assert.Equal(inWindow.Sum(a => a.GetProperty("duration_s").GetDouble()), weekly.Sum(w => w.GetProperty("duration_s").GetDouble()));
        Assert.Equal(inWindow.Count / 12.0, patterns.GetProperty("consistency").GetProperty("sessions_per_week").GetDouble(), 0.005);
        Assert.Equal(inWindow.Count, patterns.GetProperty("training_days").EnumerateArray().Sum(d => d.GetProperty("sessions").GetInt32()));
        var intensity = patterns.GetProperty("intensity");
        Assert.InRange(intensity.GetProperty("hard_share").GetDouble(), 0, 1);
        Assert.Equal(0.20, intensity.GetProperty("target_share").GetDouble());
        var longRuns = inWindow.Count(a => Sport(a) == "run" && a.GetProperty("duration_s").GetDouble() >= 5400);
        Assert.Equal(longRuns, patterns.GetProperty("long_sessions").EnumerateArray().Single(l => l.GetProperty("sport").GetString() == "run").GetProperty("sessions").GetInt32());

        var spikes = patterns.GetProperty("volume_spikes");
        var limit = spikes.GetProperty("profile_limit").GetDouble();
        var flagged = spikes.GetProperty("weeks").EnumerateArray().ToDictionary(s => s.GetProperty("week_ending").GetString()!);
        for (var i = 1; i < weekly.Count; i++)
        {
            var increase = (weekly[i].GetProperty("duration_s").GetDouble() / weekly[i - 1].GetProperty("duration_s").GetDouble()) - 1;
            var distance = (weekly[i].GetProperty("distance_m").GetDouble() / weekly[i - 1].GetProperty("distance_m").GetDouble()) - 1;
            var spiked = Math.Max(increase, distance) > Math.Min(0.10, limit);
            Assert.Equal(spiked, flagged.TryGetValue(weekly[i].GetProperty("end").GetString()!, out var spike));
            if (spiked)
            {
                Assert.Equal(increase, spike.GetProperty("duration_increase").GetDouble(), 0.001);
                Assert.Equal(Math.Max(increase, distance) > limit, spike.GetProperty("over_profile_limit").GetBoolean());
            }
        }
    }

    [Fact]
    public async Task DetectPatterns_FollowsTheUsersTrainingProfile_AndRefusesOutOfRangeWeeks()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        await StructuredAsync(client, "update_user_configuration", new() { ["profile"] = "elite" });

        var patterns = await StructuredAsync(client, "detect_patterns", new() { ["weeks"] = 4 });
        var tooFew = await CallAsync(client, "detect_patterns", new() { ["weeks"] = 3 });
        var tooMany = await CallAsync(client, "detect_patterns", new() { ["weeks"] = 53 });

        Assert.Equal("elite", patterns.GetProperty("profile").GetString());
        Assert.Equal(0.25, patterns.GetProperty("intensity").GetProperty("target_share").GetDouble());
        Assert.Equal(4, patterns.GetProperty("weekly").GetArrayLength());
        Assert.True(tooFew.IsError);
        Assert.Contains("weeks", Text(tooFew), StringComparison.Ordinal);
        Assert.True(tooMany.IsError);
    }

    [Fact]
    public async Task GenerateRecommendations_CiteTheTrainingLoadNumbers_AndArePrioritised()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var load = await StructuredAsync(client, "analyze_training_load");
        var result = await StructuredAsync(client, "generate_recommendations");
        var patterns = await StructuredAsync(client, "detect_patterns");
        var unknown = await CallAsync(client, "generate_recommendations", new() { ["weeks"] = 12 });

        foreach (var field in new[] { "ctl", "atl", "tsb", "acwr", "form_status", "acwr_status" })
        {
            Assert.Equal(load.GetProperty(field).ToString(), result.GetProperty(field).ToString());
        }

        var advice = result.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.InRange(advice.Count, 3, 6);
        var ranks = advice.Select(r => Array.IndexOf(["high", "medium", "low"], r.GetProperty("priority").GetString())).ToList();
        Assert.DoesNotContain(-1, ranks);
        Assert.Equal(ranks.Order(), ranks);
        var tsb = load.GetProperty("tsb").GetDouble();
        Assert.Contains(advice, r => r.GetProperty("reason").GetString()!.StartsWith($"TSB {tsb:+0.0;-0.0} (CTL {load.GetProperty("ctl").GetDouble():0.0}", StringComparison.Ordinal));
        var intensity = patterns.GetProperty("intensity");
        var share = intensity.GetProperty("hard_share").GetDouble();
        var cited = advice.Single(r => r.GetProperty("category").GetString() == "intensity").GetProperty("reason").GetString()!;
        Assert.StartsWith($"{intensity.GetProperty("hard_sessions").GetInt32()} of {intensity.GetProperty("rated_sessions").GetInt32()} rated sessions ({share:P0})", cited, StringComparison.Ordinal);
        Assert.True(unknown.IsError);
        Assert.Contains("unknown argument", Text(unknown), StringComparison.Ordinal);
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
    [InlineData("analyze_activity")]
    [InlineData("get_activity_intelligence")]
    [InlineData("compare_activities")]
    [InlineData("detect_patterns")]
    [InlineData("generate_recommendations")]
    public async Task AnalysisTools_WithoutAProvider_SayToConnectOne(string tool)
    {
        var (h, client) = await StartAsync(connect: false);
        await using var _ = h;
        await using var __ = client;

        var result = await CallAsync(client, tool, tool.StartsWith("detect", StringComparison.Ordinal) || tool.StartsWith("generate", StringComparison.Ordinal) ? null : new() { ["activity_id"] = "syn-20260101" });

        Assert.True(result.IsError);
        Assert.Contains("connect_provider", Text(result), StringComparison.Ordinal);
    }
}
