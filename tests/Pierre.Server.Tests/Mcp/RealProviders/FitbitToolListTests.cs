using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Tests.Connections.OAuth;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;

namespace Pierre.Server.Tests.Mcp.RealProviders;

/// <summary>The tools that read activities, the athlete, load and sleep, against Fitbit (the local fake) connected through OAuth.</summary>
public sealed class FitbitToolListTests
{
    private static readonly HashSet<string> FitbitTools = new(StringComparer.Ordinal)
    {
        "get_activities", "get_athlete", "get_stats", "analyze_training_load", "calculate_fitness_score", "calculate_recovery_score",
        "suggest_rest_day", "analyze_sleep_quality", "detect_patterns", "generate_recommendations", "analyze_performance_trends",
        "predict_performance", "calculate_personalized_zones", "suggest_goals", "analyze_activity", "calculate_metrics",
        "get_activity_intelligence", "compare_activities", "calculate_daily_nutrition", "get_user_configuration",
    };

    [Fact]
    public async Task FitbitTools_OnConnectedFitbit_Answer_AndSleepToolsReadLastNightFromFitbit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        var now = h.Server.App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        RealProviderHistory.SeedFitbit(h.Fitbit.User(), now);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        var tools = await ann.Mcp.ListToolsAsync(cancellationToken: ct);
        var beforeList = h.Fitbit.ApiRequests;

        var run = await StravaConnectFlowTests.CallAsync(ann.Mcp, "get_activities", new() { ["provider"] = "fitbit", ["sport_type"] = "run", ["limit"] = 1 });
        var runId = run.GetProperty("activities")[0].GetProperty("id").GetString()!;
        var pass = new ToolListRun(ann.Mcp, "fitbit", runId, now);
        var first = await pass.CallAsync(tools, FitbitTools, sleepGiven: false);
        var firstPass = h.Fitbit.ApiRequests - beforeList;
        var sleepReads = h.Fitbit.Requests(FakeFitbitServer.SleepRoute);
        var given = await StravaConnectFlowTests.CallAsync(ann.Mcp, "calculate_recovery_score", new() { ["provider"] = "fitbit", ["sleep_hours"] = 5 });

        Assert.Equal(FitbitTools.Count, first.Count);
        Assert.Equal(FakeFitbitServer.DefaultUserId, first["get_athlete"].GetProperty("id").GetString());
        Assert.Equal(RealProviderHistory.Sessions, first["get_stats"].GetProperty("all_time").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
        var sleep = first["analyze_sleep_quality"];
        Assert.Equal("fitbit", sleep.GetProperty("sleep_source").GetString());
        Assert.InRange(sleep.GetProperty("score").GetDouble(), 60, 100);
        Assert.Equal("fitbit", first["calculate_recovery_score"].GetProperty("sleep_source").GetString());
        Assert.Equal("fitbit", first["suggest_rest_day"].GetProperty("sleep_source").GetString());
        Assert.True(first["calculate_recovery_score"].TryGetProperty("sleep_part", out var part) && part.GetDouble() > 0);
        Assert.Equal(1, sleepReads);
        Assert.Equal("input", given.GetProperty("sleep_source").GetString());
        Assert.True(given.GetProperty("sleep_part").GetDouble() < first["calculate_recovery_score"].GetProperty("sleep_part").GetDouble());
        TestContext.Current.TestOutputHelper?.WriteLine($"Fitbit API requests for {FitbitTools.Count} tools: {firstPass} (sleep {sleepReads})");
    }
}
