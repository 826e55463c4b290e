using System.Net;
using Pierre.Server.Tests.Infrastructure.FakeFitbit;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary><c>disconnect_provider</c>: revoked at the provider, tokens and connection deleted, nothing served from cache after.</summary>
public sealed class DisconnectTests
{
    [Fact]
    public async Task DisconnectProvider_Strava_DeauthorizesOnce_DeletesEverything_AndAReconnectReadsStravaAgain()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        StravaConnectFlowTests.Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        await OAuthSteps.ActivitiesAsync(ann.Mcp, "strava");

        var done = await StravaConnectFlowTests.CallAsync(ann.Mcp, "disconnect_provider", new() { ["provider"] = "strava" });
        var rowsAfter = await h.RowsAsync("strava");
        var notConnected = await OAuthSteps.CallErrorAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var again = await OAuthSteps.ActivitiesAsync(ann.Mcp, "strava");

        Assert.True(done.GetProperty("disconnected").GetBoolean());
        Assert.True(done.GetProperty("revoked_at_provider").GetBoolean());
        Assert.Equal(1, h.Strava.Requests(FakeStravaRoutes.Deauthorize));
        Assert.Equal(0, rowsAfter);
        Assert.Contains("connect_provider", notConnected, StringComparison.Ordinal);
        Assert.Equal(3, again.GetProperty("total").GetInt32());
        Assert.Equal(2, h.Strava.Requests(FakeStravaRoutes.Activities));
    }

    [Fact]
    public async Task DisconnectProvider_StravaAccessTokenExpired_RefreshesFirst_SoNoGrantSurvivesAtStrava()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        await h.ExpireStoredTokensAsync("strava");
        h.Strava.ExpireAccessTokens();

        var done = await StravaConnectFlowTests.CallAsync(ann.Mcp, "disconnect_provider", new() { ["provider"] = "strava" });

        Assert.True(done.GetProperty("disconnected").GetBoolean());
        Assert.True(done.GetProperty("revoked_at_provider").GetBoolean());
        Assert.Equal(0, await h.RowsAsync("strava"));
        // Strava's deauthorize takes only a live access token: one sent expired leaves the grant, and its refresh token, alive.
        foreach (var refreshToken in h.Strava.IssuedSecrets.Where(s => s.StartsWith("fake-rt-", StringComparison.Ordinal)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, await RefreshAtStravaAsync(h, refreshToken));
        }
    }

    [Fact]
    public async Task DisconnectProvider_Fitbit_RevokesAtFitbit_AndDeletesEverything()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        FitbitTokenRefreshTests.Seed(h.Fitbit);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        await OAuthSteps.ActivitiesAsync(ann.Mcp, "fitbit");

        var done = await StravaConnectFlowTests.CallAsync(ann.Mcp, "disconnect_provider", new() { ["provider"] = "fitbit" });
        var rowsAfter = await h.RowsAsync("fitbit");
        var connectedAfter = await OAuthSteps.ConnectedAsync(ann.Mcp);
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("fitbit", ann)).Status);
        await OAuthSteps.ActivitiesAsync(ann.Mcp, "fitbit");

        Assert.True(done.GetProperty("revoked_at_provider").GetBoolean());
        Assert.Equal(1, h.Fitbit.Requests(FakeFitbitServer.RevokeRoute));
        Assert.Equal(0, rowsAfter);
        Assert.DoesNotContain("fitbit", connectedAfter);
        Assert.Equal(2, h.Fitbit.Requests(FakeFitbitServer.ActivitiesRoute));
    }

    [Fact]
    public async Task DisconnectProvider_StravaNotAnswering_StillDisconnects_AndSaysToRemovePierreThere()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        h.Strava.InjectFault(FakeStravaFault.ServerError, count: 3, route: FakeStravaRoutes.Deauthorize);

        var done = await StravaConnectFlowTests.CallAsync(ann.Mcp, "disconnect_provider", new() { ["provider"] = "strava" });

        Assert.True(done.GetProperty("disconnected").GetBoolean());
        Assert.False(done.GetProperty("revoked_at_provider").GetBoolean());
        Assert.Contains("strava settings", done.GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, await h.RowsAsync("strava"));
    }

    private static async Task<HttpStatusCode> RefreshAtStravaAsync(OAuthServerHarness h, string refreshToken)
    {
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = h.Strava.ClientId, ["client_secret"] = h.Strava.ClientSecret, ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken,
        });
        using var response = await http.PostAsync(h.Strava.TokenUrl, form, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
