using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Tenants;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary><c>/api/oauth</c>: what each caller sees, who may start a connection, and who may complete one.</summary>
public sealed class OAuthRouteTests
{
    [Fact]
    public async Task Providers_ListsEveryProvider_ConfiguredAndConnectedForTheCaller_BeforeAndAfterConnecting()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");

        var before = await ProvidersAsync(h, ann.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var after = await ProvidersAsync(h, ann.AccessToken);

        Assert.Equal(["fitbit", "strava", "synthetic"], before.Keys.Order(StringComparer.Ordinal));
        Assert.All(before.Values, p => Assert.True(p["configured"]!.GetValue<bool>()));
        Assert.All(before.Values, p => Assert.False(p["connected"]!.GetValue<bool>()));
        Assert.True(after["strava"]["connected"]!.GetValue<bool>());
        Assert.False(after["fitbit"]["connected"]!.GetValue<bool>());
        Assert.Contains("activity:read_all", after["strava"]["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task Auth_AskingForJson_AnswersTheAuthorizationUrl_InsteadOfRedirecting()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/oauth/strava/auth");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ann.AccessToken);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await h.Pierre.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = new Uri(body.Str("authorization_url"));
        Assert.StartsWith(h.Strava.AuthUrl.AbsoluteUri, url.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(h.Strava.ClientId, OAuthServerHarness.Query(url)["client_id"]);
    }

    [Fact]
    public async Task Auth_WithoutCredentialsOrWithARevokedKey_Is401()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.Redirect, (await h.Pierre.GetAsync("/api/oauth/strava/auth", apiKey: ann.ApiKey)).Status);
        var keyId = (await h.Pierre.GetAsync("/api/keys", ann.AccessToken)).Body![0].Str("id");
        Assert.Equal(HttpStatusCode.NoContent, (await h.Pierre.SendAsync(HttpMethod.Delete, $"/api/keys/{keyId}", bearer: ann.AccessToken)).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Pierre.GetAsync("/api/oauth/strava/auth", bearer: null)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Pierre.GetAsync("/api/oauth/strava/auth", apiKey: ann.ApiKey)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Pierre.GetAsync("/api/oauth/providers", apiKey: ann.ApiKey)).Status);
        // Only the start made with the key before it was revoked created a state.
        Assert.Equal(1, await h.Server.DbAsync(db => db.OAuthStates.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Callback_UserSuspendedAfterStarting_IsRefused_ConsumesTheState_AndStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        var callback = await h.ConsentAsync(await h.AuthorizeUrlAsync("strava", ann.AccessToken));
        var annId = await h.Server.UserIdAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.Server.Client.PostAsync($"/admin/users/{annId}/suspend", null, root)).Status);

        var (status, page) = await h.CallbackAsync(callback);
        var (replayed, _) = await h.CallbackAsync(callback);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("not active", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, replayed);
        Assert.Equal(0, h.Strava.CodeExchanges);
        Assert.Equal(0, await h.Server.DbAsync(db => db.OAuthStates.CountAsync(ct)));
        Assert.Equal(0, await h.RowsAsync("strava"));
    }

    [Fact]
    public async Task Callback_SameStateFiveTimesAtOnce_ConnectsOnce_AndRefusesTheOthers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        var callback = await h.ConsentAsync(await h.AuthorizeUrlAsync("strava", ann.AccessToken));

        var five = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => h.CallbackAsync(callback)));

        Assert.Equal(1, five.Count(r => r.Status == HttpStatusCode.OK));
        Assert.Equal(4, five.Count(r => r.Status == HttpStatusCode.BadRequest));
        Assert.Equal(1, h.Strava.CodeExchanges);
        Assert.Equal(1, await h.Server.DbAsync(db => db.ProviderTokens.CountAsync(ct)));
    }

    [Fact]
    public async Task Providers_UserOfAnotherTenant_DoesNotSeeTheseConnections()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);
        var tenantB = await h.Server.CreateTenantAsync("club-b", root);
        await h.Server.AddUserToTenantAsync(tenantB, "bob@club-b.example", UserRole.User);
        var bob = (await h.Server.LoginAsync("bob@club-b.example")).Str("access_token");

        var seen = await ProvidersAsync(h, bob);

        Assert.All(seen.Values, p => Assert.False(p["connected"]!.GetValue<bool>()));
        Assert.True((await ProvidersAsync(h, ann.AccessToken))["strava"]["connected"]!.GetValue<bool>());
    }

    private static async Task<Dictionary<string, JsonNode>> ProvidersAsync(OAuthServerHarness h, string token)
    {
        var (status, body, _) = await h.Pierre.GetAsync("/api/oauth/providers", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return body!["providers"]!.AsArray().ToDictionary(p => p.Str("provider"), p => p!);
    }
}
