using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaTokenRenewalTests
{
    [Fact]
    public async Task GetAthleteAsync_ExpiredAccessToken_RenewsOnceAndSucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var first = await strava.ConnectAsync(ct);
        strava.Fake.ExpireAccessTokens();

        var athlete = await strava.Provider.GetAthleteAsync(strava.Account, ct);

        Assert.Equal("4242", athlete.Id);
        Assert.Equal((1, 1, 2), (strava.Tokens.Renewals, strava.Fake.TokenRefreshes, strava.Fake.Requests(FakeStravaRoutes.Athlete)));
        Assert.NotEqual(first.RefreshToken, strava.Tokens.Current!.RefreshToken);
        Assert.Equal(first.Scopes, strava.Tokens.Current.Scopes);
    }

    [Fact]
    public async Task GetAthleteAsync_RenewedTokenAlsoRejected_ThrowsRevokedAfterOneRenewal()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);
        strava.Fake.AccessTokenLifetime = TimeSpan.Zero;
        strava.Fake.ExpireAccessTokens();

        var refused = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));

        Assert.Equal(ProviderFailure.Revoked, refused.Failure);
        Assert.Equal((1, 2), (strava.Tokens.Renewals, strava.Fake.Requests(FakeStravaRoutes.Athlete)));
    }

    [Fact]
    public async Task GetActivitiesAsync_UserRevokedAtStrava_ThrowsRevoked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);
        strava.Fake.RevokeAll();

        var refused = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct));

        Assert.Equal(ProviderFailure.Revoked, refused.Failure);
        Assert.Equal((1, 1), (strava.Tokens.Renewals, strava.Fake.Requests(FakeStravaRoutes.Activities)));
    }

    [Fact]
    public async Task GetAthleteAsync_ConcurrentReadsWithExpiredToken_RefreshOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);
        strava.Fake.ExpireAccessTokens();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => strava.Provider.GetAthleteAsync(strava.Account, ct)));

        Assert.Equal(1, strava.Fake.TokenRefreshes);
    }
}
