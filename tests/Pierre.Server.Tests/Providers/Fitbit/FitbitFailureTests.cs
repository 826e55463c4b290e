using Microsoft.Extensions.Time.Testing;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;

namespace Pierre.Server.Tests.Providers.Fitbit;

public sealed class FitbitFailureTests
{
    private static readonly DateTimeOffset TopOfHour = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_ExpiredAccessToken_RenewedOnceThenSucceeds()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (account, first) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.ExpireAccessTokens();

        var athletes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fitbit.Provider.GetAthleteAsync(account, Ct)));

        Assert.All(athletes, a => Assert.Equal(FakeFitbitServer.DefaultUserId, a.Id));
        Assert.Equal(1, fitbit.Tokens.Refreshes);
        Assert.Equal(1, fitbit.Fake.Refreshes);
        Assert.InRange(fitbit.Fake.Requests(FakeFitbitServer.ProfileRoute), 5, 8); // a read that starts after the renewal needs one request
        var reuse = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Flow.RefreshAsync(fitbit.App, first.RefreshToken!, Ct));
        Assert.Equal(ProviderFailure.Revoked, reuse.Failure);
    }

    [Fact]
    public async Task Read_UserRemovedApp_RevokedWithoutTokensInMessage()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (account, _) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.RevokeAll();

        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetActivitiesAsync(account, new ActivityQuery(), Ct));

        Assert.Equal(ProviderFailure.Revoked, e.Failure);
        Assert.Equal(1, fitbit.Fake.Requests(FakeFitbitServer.ActivitiesRoute));
        fitbit.AssertNoSecrets(e);
    }

    [Fact]
    public async Task Read_TooManyRequests_RateLimitedAndNothingSentUntilRetryAfter()
    {
        var clock = new FakeTimeProvider(TopOfHour);
        await using var fitbit = await FitbitHarness.StartAsync(Ct, clock);
        var (account, _) = await fitbit.ConnectAsync(Ct);
        await fitbit.Provider.GetAthleteAsync(account, Ct);
        fitbit.Fake.FailNext(1, FakeFitbitFault.TooManyRequests, retryAfterSeconds: 120);

        var first = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(account, Ct));
        var second = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetSleepAsync(account, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 28), Ct));
        clock.Advance(TimeSpan.FromSeconds(119));
        var third = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(account, Ct));
        var sentWhileLimited = fitbit.Fake.ApiRequests;
        clock.Advance(TimeSpan.FromSeconds(2));
        await fitbit.Provider.GetAthleteAsync(account, Ct);

        Assert.All([first, second, third], e => Assert.Equal(ProviderFailure.RateLimited, e.Failure));
        Assert.Equal(TimeSpan.FromSeconds(120), first.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), third.RetryAfter);
        Assert.Equal(2, sentWhileLimited);
        Assert.Equal(3, fitbit.Fake.ApiRequests);
    }

    [Fact]
    public async Task Read_OneRequestLeft_OneMoreSentThenRefusedWithoutRequest()
    {
        var clock = new FakeTimeProvider(TopOfHour.AddMinutes(15));
        await using var fitbit = await FitbitHarness.StartAsync(Ct, clock);
        fitbit.Fake.RateLimitPerHour = 3;
        var (account, _) = await fitbit.ConnectAsync(Ct);
        await fitbit.Provider.GetAthleteAsync(account, Ct);
        await fitbit.Provider.GetAthleteAsync(account, Ct); // Fitbit-Rate-Limit-Remaining: 1

        await fitbit.Provider.GetAthleteAsync(account, Ct);
        var refused = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(account, Ct));

        Assert.Equal(3, fitbit.Fake.Requests(FakeFitbitServer.ProfileRoute));
        Assert.Equal(ProviderFailure.RateLimited, refused.Failure);
        Assert.Equal(TimeSpan.FromMinutes(45), refused.RetryAfter);
        clock.Advance(TimeSpan.FromMinutes(45));
        await fitbit.Provider.GetAthleteAsync(account, Ct);
        Assert.Equal(4, fitbit.Fake.Requests(FakeFitbitServer.ProfileRoute));
    }

    [Fact]
    public async Task Read_FitbitCountedMoreThanPierre_TooManyRequestsUntilTopOfHour()
    {
        var clock = new FakeTimeProvider(TopOfHour.AddMinutes(50));
        await using var fitbit = await FitbitHarness.StartAsync(Ct, clock);
        fitbit.Fake.RateLimitPerHour = 2;
        var (account, _) = await fitbit.ConnectAsync(Ct);
        await fitbit.Provider.GetAthleteAsync(account, Ct); // Remaining: 1
        fitbit.Fake.RateLimitPerHour = 1; // another replica of the app spent the last one

        var answered = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(account, Ct));
        var refused = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(account, Ct));

        Assert.Equal(2, fitbit.Fake.Requests(FakeFitbitServer.ProfileRoute));
        Assert.Equal((ProviderFailure.RateLimited, TimeSpan.FromMinutes(10)), (answered.Failure, answered.RetryAfter));
        Assert.Equal(ProviderFailure.RateLimited, refused.Failure);
    }

    [Fact]
    public async Task Read_AccessTokenLifetimeOver_RenewedWithClock()
    {
        var clock = new FakeTimeProvider(TopOfHour);
        await using var fitbit = await FitbitHarness.StartAsync(Ct, clock);
        fitbit.Fake.AccessTokenLifetime = TimeSpan.FromMinutes(1);
        var (account, tokens) = await fitbit.ConnectAsync(Ct);
        clock.Advance(TimeSpan.FromMinutes(2));

        await fitbit.Provider.GetAthleteAsync(account, Ct);

        Assert.Equal(TopOfHour.AddMinutes(1), tokens.ExpiresAt);
        Assert.Equal(1, fitbit.Tokens.Refreshes);
        Assert.NotEqual(tokens.AccessToken, fitbit.Tokens.Current(account).AccessToken);
    }

    [Fact]
    public async Task Read_AnotherUsersBudgetSpent_OwnBudgetStillServed()
    {
        var clock = new FakeTimeProvider(TopOfHour);
        await using var fitbit = await FitbitHarness.StartAsync(Ct, clock);
        fitbit.Fake.RateLimitPerHour = 1;
        var (alice, _) = await fitbit.ConnectAsync(Ct, "ALICE1");
        var (bob, _) = await fitbit.ConnectAsync(Ct, "BOB002");
        await fitbit.Provider.GetAthleteAsync(alice, Ct);
        await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(alice, Ct));

        var athlete = await fitbit.Provider.GetAthleteAsync(bob, Ct);

        Assert.Equal("BOB002", athlete.Id);
        Assert.Equal(2, fitbit.Fake.Requests(FakeFitbitServer.ProfileRoute));
        await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(bob, Ct));
        Assert.Equal(2, fitbit.Fake.Requests(FakeFitbitServer.ProfileRoute));
    }

    [Fact]
    public async Task Read_ServerErrors_RetriedThenUnavailable()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (account, _) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.FailNext(3, FakeFitbitFault.ServerError);

        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(account, Ct));

        Assert.Equal(ProviderFailure.Unavailable, e.Failure);
        Assert.Equal(3, fitbit.Fake.Requests(FakeFitbitServer.ProfileRoute));
        fitbit.AssertNoSecrets(e);
        await fitbit.Provider.GetAthleteAsync(account, Ct);
    }

    [Fact]
    public async Task Read_FitbitHangs_UnavailableAfterAttemptTimeouts()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct, attemptTimeout: TimeSpan.FromMilliseconds(200));
        var (account, _) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.FailNext(3, FakeFitbitFault.Hang);

        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetActivitiesAsync(account, new ActivityQuery(), Ct));

        Assert.Equal(ProviderFailure.Unavailable, e.Failure);
        Assert.InRange(fitbit.Fake.Requests(FakeFitbitServer.ActivitiesRoute), 2, 3);
        fitbit.AssertNoSecrets(e);
    }

    [Fact]
    public async Task Read_GarbageBody_UnavailableNotRetried()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (account, _) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.FailNext(1, FakeFitbitFault.Garbage);

        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetSleepAsync(account, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 28), Ct));

        Assert.Equal(ProviderFailure.Unavailable, e.Failure);
        Assert.Equal(1, fitbit.Fake.ApiRequests);
        fitbit.AssertNoSecrets(e);
    }
}
