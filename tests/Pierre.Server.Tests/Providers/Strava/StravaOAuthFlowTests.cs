using Microsoft.AspNetCore.WebUtilities;
using Pierre.Providers;
using Pierre.Providers.OAuth;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaOAuthFlowTests
{
    [Fact]
    public async Task AuthorizationUrl_App_CarriesStravasParametersWithCommaSeparatedScopes()
    {
        await using var strava = await StravaHarness.StartAsync();

        var url = strava.Flow.AuthorizationUrl(new AuthorizationRequest(strava.App, StravaHarness.RedirectUri, "st-1", null));

        Assert.Equal(strava.Fake.AuthUrl.GetLeftPart(UriPartial.Path), url.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Equal(strava.Fake.ClientId, query["client_id"]);
        Assert.Equal(StravaHarness.RedirectUri.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("auto", query["approval_prompt"]);
        Assert.Equal("read,activity:read_all,profile:read_all", query["scope"]);
        Assert.Equal("st-1", query["state"]);
        Assert.False(strava.Flow.UsesPkce);
        Assert.Equal(strava.App, strava.Flow.DeploymentApp);
    }

    [Fact]
    public async Task ExchangeCodeAsync_Consent_ReturnsTokensGrantedScopesAndAthleteId()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();

        var tokens = await strava.ConnectAsync(ct);

        Assert.StartsWith("fake-at-", tokens.AccessToken, StringComparison.Ordinal);
        Assert.StartsWith("fake-rt-", tokens.RefreshToken, StringComparison.Ordinal);
        Assert.Equal(["activity:read_all", "profile:read_all", "read"], tokens.Scopes.Order(StringComparer.Ordinal));
        Assert.Equal("4242", tokens.ProviderUserId);
        Assert.InRange(tokens.ExpiresAt!.Value, DateTimeOffset.UnixEpoch.AddSeconds(TimeProvider.System.GetUtcNow().ToUnixTimeSeconds() + 21_500), DateTimeOffset.MaxValue);
        Assert.Equal(1, strava.Fake.CodeExchanges);
    }

    [Fact]
    public async Task Authorize_UserDenies_RedirectsWithAccessDeniedAndNoCode()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.DenyAuthorization = true;

        var callback = await strava.AuthorizeAsync("st-2", ct);

        Assert.Equal(("st-2", "access_denied"), (callback["state"], callback["error"]));
        Assert.False(callback.ContainsKey("code"));
    }

    [Fact]
    public async Task ExchangeCodeAsync_UserUntickedActivities_ReportsTheMissingRequiredScope()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.GrantOnly = new HashSet<string> { "read" };

        var tokens = await strava.ConnectAsync(ct);

        Assert.Equal(["read"], tokens.Scopes);
        Assert.Equal(["activity:read_all"], strava.Flow.Scopes.MissingFrom(tokens.Scopes));
        var refused = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct));
        Assert.Equal(ProviderFailure.Revoked, refused.Failure);
    }

    [Fact]
    public async Task ExchangeCodeAsync_CodeUsedTwice_ThrowsRevoked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var callback = await strava.AuthorizeAsync("st-3", ct);
        await strava.Flow.ExchangeCodeAsync(strava.App, callback["code"]!, StravaHarness.RedirectUri, null, callback["scope"], ct);

        var replay = await Assert.ThrowsAsync<ProviderException>(
            () => strava.Flow.ExchangeCodeAsync(strava.App, callback["code"]!, StravaHarness.RedirectUri, null, callback["scope"], ct));

        Assert.Equal(ProviderFailure.Revoked, replay.Failure);
    }

    [Fact]
    public async Task ExchangeCodeAsync_WrongClientSecret_ThrowsUnavailableNamingTheConfiguration()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var callback = await strava.AuthorizeAsync("st-4", ct);

        var refused = await Assert.ThrowsAsync<ProviderException>(() => strava.Flow.ExchangeCodeAsync(
            strava.App with { ClientSecret = "wrong-secret" }, callback["code"]!, StravaHarness.RedirectUri, null, callback["scope"], ct));

        Assert.Equal(ProviderFailure.Unavailable, refused.Failure);
        Assert.Contains("client credentials", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_RotationOn_ReturnsNewRefreshTokenAndRetiresTheOld()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var first = await strava.ConnectAsync(ct);

        var second = await strava.Flow.RefreshAsync(strava.App, first.RefreshToken!, ct);

        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotNull(second.ExpiresAt);
        var reused = await Assert.ThrowsAsync<ProviderException>(() => strava.Flow.RefreshAsync(strava.App, first.RefreshToken!, ct));
        Assert.Equal(ProviderFailure.Revoked, reused.Failure);
        Assert.Equal(2, strava.Fake.TokenRefreshes);
    }

    [Fact]
    public async Task RefreshAsync_RotationOff_KeepsTheRefreshToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.RotateRefreshTokens = false;
        var first = await strava.ConnectAsync(ct);

        var second = await strava.Flow.RefreshAsync(strava.App, first.RefreshToken!, ct);
        var third = await strava.Flow.RefreshAsync(strava.App, second.RefreshToken!, ct);

        Assert.Equal(first.RefreshToken, third.RefreshToken);
        Assert.NotEqual(second.AccessToken, third.AccessToken);
    }

    [Fact]
    public async Task RefreshAsync_GrantRevokedAtStrava_ThrowsRevoked()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var tokens = await strava.ConnectAsync(ct);
        strava.Fake.RevokeAll();

        var refused = await Assert.ThrowsAsync<ProviderException>(() => strava.Flow.RefreshAsync(strava.App, tokens.RefreshToken!, ct));

        Assert.Equal((ProviderFailure.Revoked, "strava"), (refused.Failure, refused.Provider));
    }

    [Fact]
    public async Task RefreshAsync_TokenEndpointFails_ThrowsUnavailableWithoutReplayingThePost()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var tokens = await strava.ConnectAsync(ct);
        strava.Fake.InjectFault(FakeStravaFault.ServerError, route: FakeStravaRoutes.Token);

        var failed = await Assert.ThrowsAsync<ProviderException>(() => strava.Flow.RefreshAsync(strava.App, tokens.RefreshToken!, ct));

        Assert.Equal(ProviderFailure.Unavailable, failed.Failure);
        Assert.Equal(2, strava.Fake.Requests(FakeStravaRoutes.Token));
    }

    [Fact]
    public async Task RevokeAsync_ConnectedUser_DeauthorizesEveryToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        var tokens = await strava.ConnectAsync(ct);

        await strava.Flow.RevokeAsync(strava.App, tokens.AccessToken, ct);
        await strava.Flow.RevokeAsync(strava.App, tokens.AccessToken, ct);

        Assert.Equal(2, strava.Fake.Requests(FakeStravaRoutes.Deauthorize));
        var refused = await Assert.ThrowsAsync<ProviderException>(() => strava.Provider.GetAthleteAsync(strava.Account, ct));
        Assert.Equal(ProviderFailure.Revoked, refused.Failure);
    }
}
