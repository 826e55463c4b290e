using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Tests.Connections.OAuth;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Mcp.RealProviders;

/// <summary>Every tool of <c>tools/list</c> against Strava (the local fake) connected through OAuth, and what it costs in Strava requests.</summary>
public sealed class StravaToolListTests
{
    /// <summary>Strava allows about 100 reads per 15 minutes for the whole application.</summary>
    private const int FirstPassBudget = 25;

    /// <summary>The stored-bests cap (<c>ActivityBestsOptions.MaxStreamReadsPerCall</c>): the only reads a repeat may make.</summary>
    private const int StreamReadsPerCall = 12;

    [Fact]
    public async Task EveryTool_OnConnectedStrava_AnswersWithStructuredContent_InFewRequests_AndRepeatsFromTheCache()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        var now = h.Server.App.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        RealProviderHistory.SeedStrava(h.Strava, now);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var tools = await ann.Mcp.ListToolsAsync(cancellationToken: ct);
        var listed = tools.Select(t => t.Name).Where(n => !ToolListRun.ConnectionTools.Contains(n)).ToHashSet(StringComparer.Ordinal);
        var beforeList = h.Strava.ApiRequests;

        var run = await StravaConnectFlowTests.CallAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava", ["sport_type"] = "run", ["limit"] = 1 });
        var runId = run.GetProperty("activities")[0].GetProperty("id").GetString()!;
        var pass = new ToolListRun(ann.Mcp, "strava", runId, now);
        var first = await pass.CallAsync(tools, listed, sleepGiven: true);
        var firstPass = h.Strava.ApiRequests - beforeList;
        var (streamsBefore, beforeRepeat) = (h.Strava.Requests(FakeStravaRoutes.Streams), h.Strava.ApiRequests);
        await pass.CallAsync(tools, listed, sleepGiven: true);
        var repeat = h.Strava.ApiRequests - beforeRepeat;
        var repeatStreams = h.Strava.Requests(FakeStravaRoutes.Streams) - streamsBefore;
        var zonesCalls = await FillStoredBestsAsync(pass, tools);
        var beforeSettled = h.Strava.ApiRequests;
        await pass.CallAsync(tools, listed, sleepGiven: true);
        var settled = h.Strava.ApiRequests - beforeSettled;

        Assert.Equal(listed.Count, first.Count);
        Assert.InRange(firstPass, 1, FirstPassBudget);
        Assert.Equal(repeatStreams, repeat);
        Assert.InRange(repeat, 0, StreamReadsPerCall);
        Assert.InRange(zonesCalls, 1, 3);
        Assert.Equal(0, settled);
        Assert.Equal("input", first["analyze_sleep_quality"].GetProperty("sleep_source").GetString());
        Assert.False(first["calculate_recovery_score"].TryGetProperty("sleep_source", out _), "no sleep given and no sleep source connected");
        Assert.True(first["calculate_personalized_zones"].TryGetProperty("partial_data", out _), "more activities qualify than one call reads streams for");
        Assert.Equal(RealProviderHistory.Sessions, first["get_stats"].GetProperty("all_time").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
        Assert.False(first["analyze_training_load"].TryGetProperty("partial_data", out _), "four months of history settle CTL");
        var connect = await StravaConnectFlowTests.CallAsync(ann.Mcp, "connect_provider", new() { ["provider"] = "synthetic" });
        var disconnect = await StravaConnectFlowTests.CallAsync(ann.Mcp, "disconnect_provider", new() { ["provider"] = "strava" });
        Assert.Equal(JsonValueKind.Object, connect.ValueKind);
        Assert.True(disconnect.GetProperty("disconnected").GetBoolean());
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Strava API requests: first pass {firstPass}, repeat {repeat} (streams {repeatStreams}), after bests filled {settled}; zones calls to fill {zonesCalls}");
    }

    /// <summary>Calls the zones until its estimates rest on every qualifying activity; how many calls that took.</summary>
    private static async Task<int> FillStoredBestsAsync(ToolListRun pass, IList<ModelContextProtocol.Client.McpClientTool> tools)
    {
        var zones = new HashSet<string>(StringComparer.Ordinal) { "calculate_personalized_zones" };
        for (var calls = 1; ; calls++)
        {
            var answer = (await pass.CallAsync(tools, zones, sleepGiven: true))["calculate_personalized_zones"];
            if (!answer.TryGetProperty("partial_data", out _) || calls > 5)
            {
                return calls;
            }
        }
    }
}
