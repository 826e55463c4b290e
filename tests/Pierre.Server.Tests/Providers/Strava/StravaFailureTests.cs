using System.Diagnostics;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaFailureTests
{
    [Fact]
    public async Task GetAthleteAsync_ServerErrorOnce_RetriedAndSucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);
        strava.Fake.InjectFault(FakeStravaFault.ServerError);

        var athlete = await strava.Provider.GetAthleteAsync(strava.Account, ct);

        Assert.Equal("4242", athlete.Id);
        Assert.Equal(2, strava.Fake.Requests(FakeStravaRoutes.Athlete));
    }

    [Fact]
    public async Task GetAthleteAsync_ServerErrorPersists_ThrowsUnavailableAfterTwoRetries()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);
        strava.Fake.InjectFault(FakeStravaFault.ServerError, count: 10);

        var failed = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));

        Assert.Equal(ProviderFailure.Unavailable, failed.Failure);
        Assert.Equal(3, strava.Fake.Requests(FakeStravaRoutes.Athlete));
    }

    [Fact]
    public async Task GetActivitiesAsync_StravaHangs_ThrowsUnavailableAfterTheAttemptTimeouts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync(attemptTimeout: TimeSpan.FromSeconds(1));
        await strava.ConnectAsync(ct);
        strava.Fake.InjectFault(FakeStravaFault.Hang, count: 3, route: FakeStravaRoutes.Activities);
        var watch = Stopwatch.StartNew();

        var failed = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct));

        Assert.Equal(ProviderFailure.Unavailable, failed.Failure);
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(20));
        Assert.Equal(3, strava.Fake.Requests(FakeStravaRoutes.Activities));
    }

    [Fact]
    public async Task GetActivityAsync_GarbageBody_ThrowsUnavailable()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.Add(StravaSeed.Run(1, StravaSeed.Monday));
        await strava.ConnectAsync(ct);
        strava.Fake.InjectFault(FakeStravaFault.GarbageBody);

        var failed = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetActivityAsync(strava.Account, "1", ct));

        Assert.Equal(ProviderFailure.Unavailable, failed.Failure);
        Assert.Equal(1, strava.Fake.Requests(FakeStravaRoutes.Activity));
    }

    [Fact]
    public async Task GetAthleteAsync_UnexpectedTooManyRequests_RateLimitedWithRetryAfter()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);
        strava.Fake.InjectFault(FakeStravaFault.TooManyRequests);

        var limited = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));

        Assert.Equal(ProviderFailure.RateLimited, limited.Failure);
        Assert.True(limited.RetryAfter > TimeSpan.Zero);
        Assert.Equal(1, strava.Fake.Requests(FakeStravaRoutes.Athlete));
    }

    [Fact]
    public async Task Failures_EveryKind_NeverShowATokenOrTheClientSecret()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync(attemptTimeout: TimeSpan.FromSeconds(1));
        var tokens = await strava.ConnectAsync(ct);
        var secrets = new[] { tokens.AccessToken, tokens.RefreshToken!, strava.Fake.ClientSecret };
        var failures = new List<ProviderException>();
        async Task Collect(Func<Task> action) => failures.Add(await Assert.ThrowsAsync<ProviderException>(action));

        strava.Fake.InjectFault(FakeStravaFault.ServerError, count: 3);
        await Collect(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        strava.Fake.InjectFault(FakeStravaFault.GarbageBody);
        await Collect(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        strava.Fake.InjectFault(FakeStravaFault.Hang, count: 3);
        await Collect(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        strava.Fake.InjectFault(FakeStravaFault.GarbageBody, route: FakeStravaRoutes.Token);
        await Collect(() => strava.Flow.RefreshAsync(strava.App, tokens.RefreshToken!, ct));
        await Collect(() => strava.Flow.ExchangeCodeAsync(strava.App, "fake-code-unknown", StravaHarness.RedirectUri, null, "read", ct));
        strava.Fake.RevokeAll();
        await Collect(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        await Collect(() => strava.Flow.RefreshAsync(strava.App, tokens.RefreshToken!, ct));

        Assert.Equal(7, failures.Count);
        Assert.All(failures, f => Assert.All(secrets, secret => Assert.DoesNotContain(secret, f.ToString(), StringComparison.Ordinal)));
    }
}
