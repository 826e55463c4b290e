using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>A provider that rate-limits or fails, seen through a tool: a clear error, no request wasted, the server still serving.</summary>
public sealed partial class ProviderFailureTests
{
    [Fact]
    public async Task GetActivities_StravaOverItsRateLimit_SaysRetryAfter_AndSendsNothingWithinTheWindow()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        StravaConnectFlowTests.Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        h.Strava.SetRateLimits(100, 1000, 100, 1000);
        h.Strava.SetRateUsage(100, 500, 100, 500);

        var first = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });
        var sent = h.Strava.ApiRequests;
        var second = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });

        var seconds = int.Parse(RetryAfter().Match(first).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 15 * 60);
        Assert.Matches(RetryAfter(), second);
        Assert.Equal(1, sent);
        Assert.Equal(sent, h.Strava.ApiRequests);
    }

    [Fact]
    public async Task GetActivities_FitbitAnswers429_SaysRetryAfterItsSeconds_AndSendsNothingWithinTheWindow()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        h.Fitbit.FailNext(1, FakeFitbitFault.TooManyRequests, retryAfterSeconds: 120);

        var first = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "fitbit" });
        var sent = h.Fitbit.ApiRequests;
        var second = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "fitbit" });

        Assert.Contains("retry after 120 s", first, StringComparison.Ordinal);
        Assert.Matches(RetryAfter(), second);
        Assert.Equal(1, sent);
        Assert.Equal(sent, h.Fitbit.ApiRequests);
    }

    [Fact]
    public async Task GetActivities_StravaAnswers500_IsAClearError_AndTheServerKeepsServing()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        StravaConnectFlowTests.Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        await StravaConnectFlowTests.CallAsync(ann.Mcp, "connect_provider", new() { ["provider"] = "synthetic" });
        h.Strava.InjectFault(FakeStravaFault.ServerError, count: 3, route: FakeStravaRoutes.Activities);

        var error = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });
        var synthetic = await OAuthSteps.ActivitiesAsync(ann.Mcp, "synthetic");
        var recovered = await OAuthSteps.ActivitiesAsync(ann.Mcp, "strava");

        Assert.Contains("strava answered 500; try again in a minute", error, StringComparison.Ordinal);
        Assert.DoesNotContain("<html>", error, StringComparison.Ordinal);
        Assert.Equal(3, h.Strava.Requests(FakeStravaRoutes.Activities) - 1);
        Assert.True(synthetic.GetProperty("total").GetInt32() > 0);
        Assert.Equal(3, recovered.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Health_StravaFailingUntilItsBreakerOpens_ReportsProvidersDegraded_AndToolsSayNotAnswering()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var healthy = await ProvidersHealthAsync(h);
        // The standard breaker opens once at least 100 attempts in its 30 s window failed (10 % or more); each call tries 3 times.
        h.Strava.InjectFault(FakeStravaFault.ServerError, count: 1_000, route: FakeStravaRoutes.Activities);

        string error;
        var calls = 0;
        do
        {
            error = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });
            calls++;
        }
        while (!error.Contains("not answering", StringComparison.Ordinal) && calls < 60);
        var attempts = h.Strava.Requests(FakeStravaRoutes.Activities);
        var degraded = await ProvidersHealthAsync(h);
        var stillCalled = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });

        Assert.Equal("healthy", healthy);
        Assert.Contains("strava is not answering right now", error, StringComparison.Ordinal);
        Assert.InRange(attempts, 90, 110);
        Assert.Equal("degraded", degraded);
        Assert.Contains("not answering", stillCalled, StringComparison.Ordinal);
        Assert.Equal(attempts, h.Strava.Requests(FakeStravaRoutes.Activities));
    }

    private static async Task<string> ProvidersHealthAsync(OAuthServerHarness h)
    {
        var (status, body, _) = await h.Server.Client.GetAsync("/health", bearer: null);
        Assert.Equal(HttpStatusCode.OK, status);
        return body!["components"]!["providers"]!["status"]!.GetValue<string>();
    }

    [GeneratedRegex(@"retry after (\d+) s")]
    private static partial Regex RetryAfter();
}
