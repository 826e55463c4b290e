using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>Strava's six-hour tokens: refreshed once however many calls wait, rotated, renewed on a 401, and a revoked grant disconnects.</summary>
public sealed class StravaTokenRefreshTests
{
    [Fact]
    public async Task GetAsync_TwentyConcurrentOnAnExpiredToken_RefreshOnce_AndAllGetTheNewToken()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var account = await h.AccountAsync("ann@example.com");
        var before = (await h.StoredTokensAsync(account, "strava"))!;
        await h.ExpireStoredTokensAsync("strava");
        h.Strava.ExpireAccessTokens();

        var twenty = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => h.TokenSource().GetAsync("strava", account, TestContext.Current.CancellationToken)));

        Assert.Equal(1, h.Strava.TokenRefreshes);
        var token = Assert.Single(twenty.Select(a => a.AccessToken).Distinct());
        Assert.NotEqual(before.AccessToken, token);
        Assert.Equal(token, (await h.StoredTokensAsync(account, "strava"))!.AccessToken);
        Assert.All(twenty, a => Assert.Equal(h.Strava.ClientId, a.ClientId));
    }

    [Fact]
    public async Task Refresh_WithRotation_StoresTheRotatedRefreshToken_AndTheNextRefreshWorks()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var account = await h.AccountAsync("ann@example.com");
        var first = (await h.StoredTokensAsync(account, "strava"))!;

        await h.ExpireStoredTokensAsync("strava");
        var second = await h.TokenSource().GetAsync("strava", account, TestContext.Current.CancellationToken);
        var rotated = (await h.StoredTokensAsync(account, "strava"))!;
        await h.ExpireStoredTokensAsync("strava");
        var third = await h.TokenSource().GetAsync("strava", account, TestContext.Current.CancellationToken);

        Assert.NotEqual(first.RefreshToken, rotated.RefreshToken);
        Assert.Contains(rotated.RefreshToken!, h.Strava.IssuedSecrets);
        Assert.NotNull(rotated.ExpiresAt);
        Assert.Equal(2, h.Strava.TokenRefreshes);
        Assert.NotEqual(second.AccessToken, third.AccessToken);
        Assert.NotEqual(rotated.RefreshToken, (await h.StoredTokensAsync(account, "strava"))!.RefreshToken);
    }

    [Fact]
    public async Task Refresh_WithoutRotation_KeepsTheRefreshToken()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var account = await h.AccountAsync("ann@example.com");
        var first = (await h.StoredTokensAsync(account, "strava"))!;
        h.Strava.RotateRefreshTokens = false;

        await h.ExpireStoredTokensAsync("strava");
        await h.TokenSource().GetAsync("strava", account, TestContext.Current.CancellationToken);

        var after = (await h.StoredTokensAsync(account, "strava"))!;
        Assert.Equal(first.RefreshToken, after.RefreshToken);
        Assert.NotEqual(first.AccessToken, after.AccessToken);
    }

    [Fact]
    public async Task GetActivities_AfterTheStoredTokenExpired_RefreshesTransparently()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        StravaConnectFlowTests.Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        await h.ExpireStoredTokensAsync("strava");
        h.Strava.ExpireAccessTokens();

        var listed = await OAuthSteps.ActivitiesAsync(ann.Mcp, "strava");

        Assert.Equal(3, listed.GetProperty("total").GetInt32());
        Assert.Equal(1, h.Strava.TokenRefreshes);
    }

    [Fact]
    public async Task GetActivities_TokenRejectedThoughNotExpiredHere_RenewsOnce_AndSucceeds()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        StravaConnectFlowTests.Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        h.Strava.ExpireAccessTokens();

        var listed = await OAuthSteps.ActivitiesAsync(ann.Mcp, "strava");

        Assert.Equal(3, listed.GetProperty("total").GetInt32());
        Assert.Equal(1, h.Strava.TokenRefreshes);
    }

    [Fact]
    public async Task GetActivities_GrantRevokedAtStrava_SaysToReconnect_AndForgetsTheConnection()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        StravaConnectFlowTests.Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        h.Strava.RevokeAll();
        await h.ExpireStoredTokensAsync("strava");

        var error = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });

        Assert.Contains("connect_provider", error, StringComparison.Ordinal);
        Assert.Contains("strava", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await h.RowsAsync("strava"));
        Assert.Equal(0, await h.Server.DbAsync(db => db.ProviderTokens.CountAsync(ct)));
        Assert.DoesNotContain("strava", await OAuthSteps.ConnectedAsync(ann.Mcp));
    }
}
