using System.Text.Json;

namespace Pierre.Server.Tests.Mcp;

/// <summary>compare_activities: baselines checked against get_activities, symmetry, argument errors.</summary>
public sealed partial class ActivityAnalysisToolTests
{
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
}
