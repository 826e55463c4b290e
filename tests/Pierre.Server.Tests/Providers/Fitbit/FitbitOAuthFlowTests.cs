using Microsoft.AspNetCore.WebUtilities;
using Pierre.Providers;
using Pierre.Providers.OAuth;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;

namespace Pierre.Server.Tests.Providers.Fitbit;

public sealed class FitbitOAuthFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AuthorizationUrl_WithChallenge_CarriesS256ChallengeScopesAndClient()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var challenge = FitbitHarness.Challenge(FitbitHarness.NewVerifier());

        var url = fitbit.Flow.AuthorizationUrl(new AuthorizationRequest(fitbit.App, FitbitHarness.RedirectUri, "s-1", challenge));

        var query = QueryHelpers.ParseQuery(url.Query);
        Assert.Equal(fitbit.Fake.AuthUrl.AbsolutePath, url.AbsolutePath);
        Assert.Equal(challenge, query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal("activity profile heartrate sleep", query["scope"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal(fitbit.Fake.ClientId, query["client_id"]);
        Assert.Equal(FitbitHarness.RedirectUri.AbsoluteUri, query["redirect_uri"]);
        Assert.Equal("s-1", query["state"]);
        Assert.True(fitbit.Flow.UsesPkce);
    }

    [Fact]
    public async Task ExchangeCode_RightVerifier_ReturnsTokensScopesAndFitbitUser()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);

        var (_, tokens) = await fitbit.ConnectAsync(Ct, "USER7");

        Assert.False(string.IsNullOrEmpty(tokens.AccessToken));
        Assert.False(string.IsNullOrEmpty(tokens.RefreshToken));
        Assert.Equal("USER7", tokens.ProviderUserId);
        Assert.True(tokens.Scopes.SetEquals(["activity", "heartrate", "profile", "sleep"]));
        Assert.InRange(tokens.ExpiresAt!.Value - TimeProvider.System.GetUtcNow(), TimeSpan.FromHours(7.9), TimeSpan.FromHours(8.1));
    }

    [Fact]
    public async Task ExchangeCode_WrongVerifier_ThrowsRevokedWithoutSecrets()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var callback = await fitbit.AuthorizeAsync(FitbitHarness.Challenge(FitbitHarness.NewVerifier()), Ct);

        var e = await Assert.ThrowsAsync<ProviderException>(() =>
            fitbit.Flow.ExchangeCodeAsync(fitbit.App, callback["code"], FitbitHarness.RedirectUri, FitbitHarness.NewVerifier(), null, Ct));

        Assert.Equal(ProviderFailure.Revoked, e.Failure);
        fitbit.AssertNoSecrets(e);
    }

    [Fact]
    public async Task Authorize_UserDenies_RedirectsWithAccessDeniedAndState()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        fitbit.Fake.DenyAuthorization = true;

        var callback = await fitbit.AuthorizeAsync(FitbitHarness.Challenge(FitbitHarness.NewVerifier()), Ct, state: "s-9");

        Assert.Equal("access_denied", callback["error"]);
        Assert.Equal("s-9", callback["state"]);
        Assert.False(callback.ContainsKey("code"));
    }

    [Fact]
    public async Task ExchangeCode_UserGrantsSomeScopes_ScopesReadFromTokenResponse()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        fitbit.Fake.GrantOnly = new HashSet<string> { "activity", "profile", "sleep" };

        var (_, tokens) = await fitbit.ConnectAsync(Ct);

        Assert.True(tokens.Scopes.SetEquals(["activity", "profile", "sleep"]));
        Assert.Empty(fitbit.Flow.Scopes.MissingFrom(tokens.Scopes));
    }

    [Fact]
    public async Task ExchangeCode_WrongClientSecret_UnavailableWithoutSecrets()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var verifier = FitbitHarness.NewVerifier();
        var callback = await fitbit.AuthorizeAsync(FitbitHarness.Challenge(verifier), Ct);

        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Flow.ExchangeCodeAsync(
            fitbit.App with { ClientSecret = "not-the-secret" }, callback["code"], FitbitHarness.RedirectUri, verifier, null, Ct));

        Assert.Equal(ProviderFailure.Unavailable, e.Failure);
        Assert.DoesNotContain("not-the-secret", e.Message, StringComparison.Ordinal);
        fitbit.AssertNoSecrets(e);
    }

    [Fact]
    public async Task Refresh_Rotates_OldRefreshTokenRefusedNewOneWorks()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (_, first) = await fitbit.ConnectAsync(Ct);

        var second = await fitbit.Flow.RefreshAsync(fitbit.App, first.RefreshToken!, Ct);
        var reuse = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Flow.RefreshAsync(fitbit.App, first.RefreshToken!, Ct));
        var third = await fitbit.Flow.RefreshAsync(fitbit.App, second.RefreshToken!, Ct);

        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.NotEqual(first.AccessToken, second.AccessToken);
        Assert.Equal(ProviderFailure.Revoked, reuse.Failure);
        fitbit.AssertNoSecrets(reuse);
        Assert.NotEqual(second.RefreshToken, third.RefreshToken);
        Assert.True(second.Scopes.SetEquals(first.Scopes));
        Assert.Equal(2, fitbit.Fake.Refreshes);
    }

    [Fact]
    public async Task Refresh_AfterUserRemovedApp_ThrowsRevoked()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (_, tokens) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.RevokeAll();

        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Flow.RefreshAsync(fitbit.App, tokens.RefreshToken!, Ct));

        Assert.Equal(ProviderFailure.Revoked, e.Failure);
        fitbit.AssertNoSecrets(e);
    }

    [Fact]
    public async Task Refresh_TokenEndpointFails_UnavailableNotRetried()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (_, tokens) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.FailNext(1, FakeFitbitFault.ServerError);

        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Flow.RefreshAsync(fitbit.App, tokens.RefreshToken!, Ct));

        Assert.Equal(ProviderFailure.Unavailable, e.Failure);
        Assert.Equal(2, fitbit.Fake.Requests(FakeFitbitServer.TokenRoute)); // the code exchange and one refresh: a POST is never retried
        fitbit.AssertNoSecrets(e);
    }

    [Fact]
    public async Task Revoke_Token_ProviderReadsThenRefusedAsRevoked()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (account, tokens) = await fitbit.ConnectAsync(Ct);

        await fitbit.Flow.RevokeAsync(fitbit.App, tokens.AccessToken, Ct);
        var e = await Assert.ThrowsAsync<ProviderException>(() => fitbit.Provider.GetAthleteAsync(account, Ct));

        Assert.Equal(1, fitbit.Fake.Requests(FakeFitbitServer.RevokeRoute));
        Assert.Equal(ProviderFailure.Revoked, e.Failure);
    }

    [Fact]
    public async Task Revoke_FitbitFails_DoesNotThrow()
    {
        await using var fitbit = await FitbitHarness.StartAsync(Ct);
        var (_, tokens) = await fitbit.ConnectAsync(Ct);
        fitbit.Fake.FailNext(1, FakeFitbitFault.ServerError);

        await fitbit.Flow.RevokeAsync(fitbit.App, tokens.AccessToken, Ct);

        Assert.Equal(1, fitbit.Fake.Requests(FakeFitbitServer.RevokeRoute));
    }
}
