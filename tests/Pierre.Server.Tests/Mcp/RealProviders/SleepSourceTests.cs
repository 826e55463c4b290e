using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Connections.OAuth;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;

namespace Pierre.Server.Tests.Mcp.RealProviders;

/// <summary>The sleep tools read last night from Fitbit when no sleep is given: the arguments win, the read is cached, and without a source the error says what to do.</summary>
public sealed class SleepSourceTests
{
    [Fact]
    public async Task AnalyzeSleepQuality_NoSleepGivenAndNoSleepSource_SaysToPassAsleepMinutesOrConnectFitbit()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);

        var result = await ann.Mcp.CallToolAsync("analyze_sleep_quality", new Dictionary<string, object?>(), cancellationToken: ct);
        var partial = await ann.Mcp.CallToolAsync("analyze_sleep_quality", new Dictionary<string, object?> { ["in_bed_minutes"] = 480 }, cancellationToken: ct);

        Assert.True(result.IsError);
        var text = ((TextContentBlock)result.Content[0]).Text;
        Assert.Contains("argument 'asleep_minutes' is required", text, StringComparison.Ordinal);
        Assert.Contains("connect fitbit", text, StringComparison.Ordinal);
        Assert.True(partial.IsError);
        Assert.Contains("asleep_minutes", ((TextContentBlock)partial.Content[0]).Text, StringComparison.Ordinal);
        Assert.Equal(0, h.Fitbit.Requests(FakeFitbitServer.SleepRoute));
    }

    [Fact]
    public async Task SleepTools_FitbitConnected_ReadLastNightOnceUntilDisconnected_AndGivenSleepTakesPrecedence()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        RealProviderHistory.SeedFitbit(h.Fitbit.User(), h.Server.App.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);

        var given = await StravaConnectFlowTests.CallAsync(ann.Mcp, "analyze_sleep_quality", new() { ["asleep_minutes"] = 300 });
        var givenReads = h.Fitbit.Requests(FakeFitbitServer.SleepRoute);
        var read = await StravaConnectFlowTests.CallAsync(ann.Mcp, "analyze_sleep_quality");
        var again = await StravaConnectFlowTests.CallAsync(ann.Mcp, "suggest_rest_day", new() { ["provider"] = "fitbit" });
        var cachedReads = h.Fitbit.Requests(FakeFitbitServer.SleepRoute);
        await StravaConnectFlowTests.CallAsync(ann.Mcp, "disconnect_provider", new() { ["provider"] = "fitbit" });
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        await StravaConnectFlowTests.CallAsync(ann.Mcp, "analyze_sleep_quality");

        Assert.Equal("input", given.GetProperty("sleep_source").GetString());
        Assert.Equal(0, givenReads);
        Assert.Equal("fitbit", read.GetProperty("sleep_source").GetString());
        Assert.True(read.GetProperty("score").GetDouble() > given.GetProperty("score").GetDouble(), "7 h 20 min asleep scores above 5 h");
        Assert.Equal(JsonValueKind.Number, read.GetProperty("deep_part").ValueKind);
        Assert.Equal("fitbit", again.GetProperty("sleep_source").GetString());
        Assert.Equal(1, cachedReads);
        Assert.Equal(2, h.Fitbit.Requests(FakeFitbitServer.SleepRoute));
    }
}
