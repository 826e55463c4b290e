using System.Text.Json;

namespace Pierre.Server.Tests.Mcp;

/// <summary>detect_patterns and generate_recommendations, checked against get_activities and analyze_training_load.</summary>
public sealed partial class ActivityAnalysisToolTests
{
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
        // TSB entering today is yesterday's CTL − ATL, so the reason quotes yesterday's numbers (analyze_training_load's previous_day), not today's.
        var previous = load.GetProperty("previous_day");
        Assert.Contains(advice, r => r.GetProperty("reason").GetString()!.StartsWith(
            $"TSB {tsb:+0.0;-0.0} (yesterday's CTL {previous.GetProperty("ctl").GetDouble():0.0} − ATL {previous.GetProperty("atl").GetDouble():0.0})", StringComparison.Ordinal));
        Assert.Equal(tsb, previous.GetProperty("ctl").GetDouble() - previous.GetProperty("atl").GetDouble(), 0.11);
        Assert.StartsWith("rule-based:", result.GetProperty("method").GetString(), StringComparison.Ordinal);
        var intensity = patterns.GetProperty("intensity");
        var share = intensity.GetProperty("hard_share").GetDouble();
        var cited = advice.Single(r => r.GetProperty("category").GetString() == "intensity").GetProperty("reason").GetString()!;
        Assert.StartsWith($"{intensity.GetProperty("hard_sessions").GetInt32()} of {intensity.GetProperty("rated_sessions").GetInt32()} rated sessions ({share:P0})", cited, StringComparison.Ordinal);
        Assert.True(unknown.IsError);
        Assert.Contains("unknown argument", Text(unknown), StringComparison.Ordinal);
    }
}
