using System.Net;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>Fitbit through the routes: PKCE S256 on connect, one refresh for many callers, a refresh token that always rotates.</summary>
public sealed class FitbitTokenRefreshTests
{
    private static readonly DateTimeOffset Sunday = new(2026, 11, 22, 7, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Connect_ThroughTheRoutes_AsksForPkceS256_AndStoresTheGrant()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");

        var authorize = await h.AuthorizeUrlAsync("fitbit", ann.AccessToken);
        var asked = OAuthServerHarness.Query(authorize);
        var (status, page) = await h.CallbackAsync(await h.ConsentAsync(authorize));

        Assert.False(string.IsNullOrEmpty(asked["code_challenge"]));
        Assert.Equal("S256", asked["code_challenge_method"]);
        Assert.Equal(h.Fitbit.ClientId, asked["client_id"]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("fitbit is connected", page, StringComparison.Ordinal);
        Assert.NotNull(await h.StoredTokensAsync(await h.AccountAsync("ann@example.com"), "fitbit"));
    }

    [Fact]
    public async Task GetAsync_TwentyConcurrentOnAnExpiredToken_RefreshOnce_AndStoreTheRotatedRefreshToken()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        var account = await h.AccountAsync("ann@example.com");
        var before = (await h.StoredTokensAsync(account, "fitbit"))!;
        await h.ExpireStoredTokensAsync("fitbit");
        h.Fitbit.ExpireAccessTokens();

        var twenty = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => h.TokenSource().GetAsync("fitbit", account, TestContext.Current.CancellationToken)));
        var rotated = (await h.StoredTokensAsync(account, "fitbit"))!;
        await h.ExpireStoredTokensAsync("fitbit");
        var again = await h.TokenSource().GetAsync("fitbit", account, TestContext.Current.CancellationToken);

        var token = Assert.Single(twenty.Select(a => a.AccessToken).Distinct());
        Assert.NotEqual(before.AccessToken, token);
        Assert.Equal(token, rotated.AccessToken);
        Assert.NotEqual(before.RefreshToken, rotated.RefreshToken);
        Assert.Equal(2, h.Fitbit.Refreshes);
        Assert.NotEqual(token, again.AccessToken);
        Assert.NotEqual(rotated.RefreshToken, (await h.StoredTokensAsync(account, "fitbit"))!.RefreshToken);
    }

    [Fact]
    public async Task GetActivities_AfterTheStoredTokenExpired_RefreshesTransparently()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        Seed(h.Fitbit);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        await h.ExpireStoredTokensAsync("fitbit");
        h.Fitbit.ExpireAccessTokens();

        var listed = await OAuthSteps.ActivitiesAsync(ann.Mcp, "fitbit");

        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Equal(1, h.Fitbit.Refreshes);
    }

    [Fact]
    public async Task GetActivities_TokenRejectedThoughNotExpiredHere_RenewsOnce_AndSucceeds()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        Seed(h.Fitbit);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        h.Fitbit.ExpireAccessTokens();

        var listed = await OAuthSteps.ActivitiesAsync(ann.Mcp, "fitbit");

        Assert.Equal(1, listed.GetProperty("total").GetInt32());
        Assert.Equal(1, h.Fitbit.Refreshes);
    }

    [Fact]
    public async Task GetActivities_GrantRevokedAtFitbit_SaysToReconnect_AndForgetsTheConnection()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        Seed(h.Fitbit);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        h.Fitbit.RevokeAll();
        await h.ExpireStoredTokensAsync("fitbit");

        var error = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "fitbit" });

        Assert.Contains("connect_provider", error, StringComparison.Ordinal);
        Assert.Contains("fitbit", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await h.RowsAsync("fitbit"));
        Assert.DoesNotContain("fitbit", await OAuthSteps.ConnectedAsync(ann.Mcp));
    }

    internal static void Seed(FakeFitbitServer fitbit) =>
        fitbit.User().AddActivity(new FakeFitbitActivity(7001, "Run", Sunday, TimeSpan.FromMinutes(42), TimeSpan.FromMinutes(45), 8.1, AverageHeartRate: 149, Calories: 520));
}
