using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// Thresholds are kept per sport, estimated from the same sport only, used where nothing is set, and every activity's
/// load names its method (issue 14 items 3–5, session RPE, swim TSS).
/// </summary>
public sealed class SportThresholdsToolTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds());

    // The fake athlete: female, resting 48, maximum 186 bpm, no FTP, LTHR or threshold pace from the provider.
    private static readonly IReadOnlyList<Activity> Week =
    [
        new("ride-np", "Intervals", Sport.Ride, Now.AddDays(-1), 3600, 30_000, AverageHeartRate: 150, AveragePowerWatts: 200, WeightedAveragePowerWatts: 230),
        new("ride-avg", "Steady", Sport.Ride, Now.AddDays(-2), 3600, 30_000, AverageHeartRate: 160, AveragePowerWatts: 200),
        new("run", "Hard run", Sport.Run, Now.AddDays(-3), 2400, 10_000, AverageHeartRate: 185, AveragePowerWatts: 400),
        new("yoga", "Yoga", Sport.Other, Now.AddDays(-4), 3600, 0, PerceivedExertion: 6),
        new("walk", "Walk", Sport.Walk, Now.AddDays(-5), 1800, 2000),
        new("swim", "Pool", Sport.Swim, Now.AddDays(-6), 2400, 2000),
    ];

    [Fact]
    public async Task Thresholds_AreEstimatedPerSport_ARunsHighHeartRateAndPowerDoNotSetCyclingValues()
    {
        var (h, client) = await StartAsync(Week);
        await using var _ = h;
        await using var __ = client;

        // The zones tool computes the activities' best efforts; get_athlete then estimates from them.
        await StructuredAsync(client, "calculate_personalized_zones");
        var athlete = await StructuredAsync(client, "get_athlete");

        var thresholds = athlete.GetProperty("thresholds");
        var sources = athlete.GetProperty("threshold_sources");
        // Cycling FTP = 0.95 × the best 20-min ride power (both rides hold 200 W over 20 min) = 190, not 0.95 × the run's 400 W.
        Assert.Equal(190, thresholds.GetProperty("cycling_ftp_watts").GetDouble());
        // Cycling LTHR from the rides' heart rate (best 160), running LTHR from the run's (185): the run does not lift the cycling value.
        Assert.Equal(160, thresholds.GetProperty("cycling_lthr_bpm").GetDouble());
        Assert.Equal(185, thresholds.GetProperty("running_lthr_bpm").GetDouble());
        Assert.NotEqual(JsonValueKind.Null, thresholds.GetProperty("running_threshold_pace_s_per_km").ValueKind);
        Assert.Equal(
            ["estimate", "estimate", "estimate", "estimate", "none"],
            new[] { "cycling_ftp_watts", "cycling_lthr_bpm", "running_lthr_bpm", "running_threshold_pace_s_per_km", "swimming_css_s_per_100m" }
                .Select(k => sources.GetProperty(k).GetString()));
        Assert.Contains("Friel", athlete.GetProperty("method").GetString(), StringComparison.Ordinal);

        // A configured value wins over the estimate, and says so.
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_lthr_bpm"] = 165 } });
        var configured = await StructuredAsync(client, "get_athlete");
        Assert.Equal(165, configured.GetProperty("thresholds").GetProperty("cycling_lthr_bpm").GetDouble());
        Assert.Equal("settings", configured.GetProperty("threshold_sources").GetProperty("cycling_lthr_bpm").GetString());
        Assert.Equal(185, configured.GetProperty("thresholds").GetProperty("running_lthr_bpm").GetDouble());
    }

    [Fact]
    public async Task TrainingLoad_ScoresEachActivityWithItsSportsThresholds_AndNamesItsMethod()
    {
        var (h, client) = await StartAsync(Week);
        await using var _ = h;
        await using var __ = client;
        await StructuredAsync(client, "calculate_personalized_zones");

        var load = await StructuredAsync(client, "analyze_training_load");

        var sessions = load.GetProperty("recent_sessions").EnumerateArray()
            .ToDictionary(s => s.GetProperty("activity_id").GetString()!, s => (Stress: s.GetProperty("stress").GetDouble(), Method: s.GetProperty("stress_method").GetString()));
        // Hand-computed with the estimated thresholds (cycling FTP 190 W, running LTHR 185 bpm):
        // ride-np: weighted power (NP) 230 W, TSS = 1 h × (230/190)² × 100 = 146.5;
        // ride-avg: average 200 W stands in for NP, TSS = (200/190)² × 100 = 110.8, labelled as estimated from average power;
        // run: HRSS at its own LTHR for 40 min = 100 × 40/60 = 66.7 (a run's power is never scored against cycling FTP);
        // yoga: session RPE 6 × 60 min = 360 AU, × 100/420 = 85.7; walk: 50 per hour × 0.5 h = 25; swim without CSS: 33.3.
        Assert.Equal(("power", 146.5), (sessions["ride-np"].Method, sessions["ride-np"].Stress));
        Assert.Equal(("power_from_average", 110.8), (sessions["ride-avg"].Method, sessions["ride-avg"].Stress));
        Assert.Equal(("heart_rate_from_average", 66.7), (sessions["run"].Method, sessions["run"].Stress));
        Assert.Equal(("session_rpe", 85.7), (sessions["yoga"].Method, sessions["yoga"].Stress));
        Assert.Equal(("duration", 25.0), (sessions["walk"].Method, sessions["walk"].Stress));
        Assert.Equal(("duration", 33.3), (sessions["swim"].Method, sessions["swim"].Stress));
        // The same average power scores (230/200)² = 1.32 times higher when the provider's NP is known.
        Assert.Equal(Math.Pow(230.0 / 200, 2), sessions["ride-np"].Stress / sessions["ride-avg"].Stress, 0.005);
        var counts = load.GetProperty("stress_methods");
        Assert.Equal((1, 1, 1, 1, 2), (counts.GetProperty("power").GetInt32(), counts.GetProperty("power_from_average").GetInt32(),
            counts.GetProperty("heart_rate_from_average").GetInt32(), counts.GetProperty("session_rpe").GetInt32(), counts.GetProperty("duration").GetInt32()));
        Assert.Contains("1/VI²", load.GetProperty("stress_method_references").GetProperty("power_from_average").GetString(), StringComparison.Ordinal);
        Assert.Contains("Foster", load.GetProperty("stress_method_references").GetProperty("session_rpe").GetString(), StringComparison.Ordinal);
        Assert.Equal("estimate", load.GetProperty("threshold_sources").GetProperty("cycling_ftp_watts").GetString());

        // With CSS set, the swim is scored by TrainingPeaks' sTSS: IF = (2000 m / 2400 s) / (100 m / 100 s) = 0.833,
        // sTSS = 0.833³ × 40/60 × 100 = 38.6.
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["swimming_css_s_per_100m"] = 100 } });
        var withCss = await StructuredAsync(client, "analyze_training_load");
        var swim = withCss.GetProperty("recent_sessions").EnumerateArray().Single(s => s.GetProperty("activity_id").GetString() == "swim");
        Assert.Equal(("swim_pace", 38.6), (swim.GetProperty("stress_method").GetString(), swim.GetProperty("stress").GetDouble()));
        Assert.Equal("settings", withCss.GetProperty("threshold_sources").GetProperty("swimming_css_s_per_100m").GetString());
    }

    [Fact]
    public async Task ActivityTools_VariableRide_ScoreNpAboveAveragePower_AndTheRunUsesTheRunningLthr()
    {
        var (h, client) = await StartAsync(Week);
        await using var _ = h;
        await using var __ = client;
        await StructuredAsync(client, "calculate_personalized_zones");

        var ride = await StructuredAsync(client, "analyze_activity", new() { ["activity_id"] = "ride-np" });
        var rideMetrics = await StructuredAsync(client, "calculate_metrics", new() { ["activity_id"] = "ride-np" });
        var run = await StructuredAsync(client, "calculate_metrics", new() { ["activity_id"] = "run" });

        // 5 min at 300 W, 5 at 100 W, repeated: average 200 W, NP well above it, so TSS from NP beats TSS from the average.
        var stress = ride.GetProperty("stress");
        Assert.Equal("power", stress.GetProperty("stress_method").GetString());
        Assert.Contains("Coggan", stress.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, ride.GetProperty("average_watts").GetDouble(), 0.5);
        Assert.True(stress.GetProperty("normalized_power_w").GetDouble() > 1.05 * 200);
        Assert.True(stress.GetProperty("score").GetDouble() > Math.Pow(200.0 / 190, 2) * 100 * 1.1);
        Assert.Equal(stress.GetProperty("score").GetDouble(), rideMetrics.GetProperty("stress").GetDouble());
        Assert.Equal("estimate", stress.GetProperty("threshold_sources").GetProperty("cycling_ftp_watts").GetString());
        // The run: HRSS from its stream at the running LTHR (185): 40 min at LTHR = 66.7; no power TSS against cycling FTP.
        Assert.Equal(185, run.GetProperty("lthr_bpm").GetDouble());
        Assert.Equal(66.7, run.GetProperty("hrss").GetDouble());
        Assert.True(IsAbsent(run, "tss"));
        // Read as Friel's test, the steady 40-min run gives the mean of its hardest 30 min's last 20: 185.
        Assert.Equal(185, run.GetProperty("friel_test_lthr_bpm").GetDouble());
    }

    [Fact]
    public async Task NothingSetAndNothingToEstimateFrom_UsesTheLabelledDefaultLthr()
    {
        var (h, client) = await StartAsync(FakeFitnessProvider.History, streams: false);
        await using var _ = h;
        await using var __ = client;

        await StructuredAsync(client, "calculate_personalized_zones");
        var athlete = await StructuredAsync(client, "get_athlete");

        // 0.9 × 186 = 167.4 bpm, shown rounded, for both sports; no FTP anywhere.
        Assert.Equal(167, athlete.GetProperty("thresholds").GetProperty("cycling_lthr_bpm").GetDouble());
        Assert.Equal("default", athlete.GetProperty("threshold_sources").GetProperty("running_lthr_bpm").GetString());
        Assert.True(IsAbsent(athlete.GetProperty("thresholds"), "cycling_ftp_watts"));
        Assert.Equal("none", athlete.GetProperty("threshold_sources").GetProperty("cycling_ftp_watts").GetString());
    }

    private static async Task<(IdentityHarness Harness, McpClient Client)> StartAsync(IReadOnlyList<Activity> activities, bool streams = true)
    {
        var fake = new FakeFitnessProvider { Activities = activities, Streams = a => streams ? Streams(a) : null };
        var h = await IdentityHarness.StartAsync(
            TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider>(fake));
        var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        await client.CallToolAsync(
            "connect_provider", new Dictionary<string, object?> { ["provider"] = FakeFitnessProvider.ProviderName }, cancellationToken: TestContext.Current.CancellationToken);
        return (h, client);
    }

    /// <summary>Steady streams, except the interval ride: 5 min at 300 W and 5 at 100 W, repeated.</summary>
    private static ActivityStreams Streams(Activity activity)
    {
        var steady = FakeFitnessProvider.SteadyStreams(activity);
        return activity.Id == "ride-np"
            ? steady with { PowerWatts = [.. Enumerable.Range(0, (int)activity.DurationSeconds).Select(t => t / 300 % 2 == 0 ? 300.0 : 100.0)] }
            : steady;
    }

    /// <summary>Null values are left out of results.</summary>
    private static bool IsAbsent(JsonElement element, string property) =>
        !element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null;

    private static async Task<JsonElement> StructuredAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsError != true, (result.Content[0] as TextContentBlock)?.Text);
        return result.StructuredContent!.Value;
    }
}
