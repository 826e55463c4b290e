using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Tenants;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary><c>/admin/tenants/{id}/oauth/{provider}</c>: a tenant's own OAuth app, used by its users only, set by those who manage tenants only.</summary>
public sealed class TenantOAuthAppTests
{
    [Fact]
    public async Task Put_TenantApp_ItsUsersAuthorizeWithIt_OthersWithTheDeployments_AndDeleteFallsBack()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        var tenant = await h.Server.CreateTenantAsync("club-a", root);
        await h.Server.AddUserToTenantAsync(tenant, "bob@club-a.example", UserRole.User);
        var bob = (await h.Server.LoginAsync("bob@club-a.example")).Str("access_token");

        var (set, view, _) = await PutAsync(h, tenant, "strava", new { client_id = "club-a-app", client_secret = "club-a-secret" }, root);
        var bobAsks = OAuthServerHarness.Query(await h.AuthorizeUrlAsync("strava", bob));
        var annAsks = OAuthServerHarness.Query(await h.AuthorizeUrlAsync("strava", ann.AccessToken));
        var (listed, list, _) = await h.Server.Client.GetAsync($"/admin/tenants/{tenant}/oauth", root);
        var deleted = (await h.Server.Client.SendAsync(HttpMethod.Delete, $"/admin/tenants/{tenant}/oauth/strava", bearer: root)).Status;
        var bobAfter = OAuthServerHarness.Query(await h.AuthorizeUrlAsync("strava", bob));
        var deletedAgain = (await h.Server.Client.SendAsync(HttpMethod.Delete, $"/admin/tenants/{tenant}/oauth/strava", bearer: root)).Status;

        Assert.Equal(HttpStatusCode.OK, set);
        Assert.Equal("club-a-app", view.Str("client_id"));
        Assert.Equal("club-a-app", bobAsks["client_id"]);
        Assert.Equal(h.Strava.ClientId, annAsks["client_id"]);
        Assert.Equal(HttpStatusCode.OK, listed);
        var app = Assert.Single(list!.AsArray())!;
        Assert.Equal("strava", app.Str("provider"));
        Assert.Equal("club-a-app", app.Str("client_id"));
        Assert.Null(app["client_secret"]);
        Assert.Equal(HttpStatusCode.NoContent, deleted);
        Assert.Equal(h.Strava.ClientId, bobAfter["client_id"]);
        Assert.Equal(HttpStatusCode.NotFound, deletedAgain);
    }

    [Theory]
    [InlineData(null, "secret", "client_id")]
    [InlineData("   ", "secret", "client_id")]
    [InlineData("has space", "secret", "client_id")]
    [InlineData("LONG_ID", "secret", "client_id")]
    [InlineData("club-app", null, "client_secret")]
    [InlineData("club-app", " \t ", "client_secret")]
    [InlineData("club-app", "LONG_SECRET", "client_secret")]
    public async Task Put_BadInput_Is400_AndStoresNothing(string? clientId, string? secret, string field)
    {
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        var tenant = await h.Server.CreateTenantAsync("club-a", root);
        clientId = clientId == "LONG_ID" ? new string('a', 257) : clientId;
        secret = secret == "LONG_SECRET" ? new string('s', 513) : secret;

        var (status, body, _) = await PutAsync(h, tenant, "strava", new { client_id = clientId, client_secret = secret }, root);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await h.Server.DbAsync(db => db.TenantOAuthApps.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("garmin")]
    [InlineData("synthetic")]
    public async Task Put_ProviderWithoutOAuth_Is404(string provider)
    {
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        var tenant = await h.Server.CreateTenantAsync("club-a", root);

        var (status, _, _) = await PutAsync(h, tenant, provider, new { client_id = "x", client_secret = "y" }, root);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(h, Guid.NewGuid(), "strava", new { client_id = "x", client_secret = "y" }, root)).Status);
        Assert.Equal(0, await h.Server.DbAsync(db => db.TenantOAuthApps.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Put_ByCallersWithoutManageTenants_IsRefused_AndStoresNothing()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        var tenantA = await h.Server.CreateTenantAsync("club-a", root);
        var tenantB = await h.Server.CreateTenantAsync("club-b", root);
        await h.Server.AddUserToTenantAsync(tenantA, "admin@club-a.example", UserRole.Admin);
        await h.Server.AddUserToTenantAsync(tenantB, "admin@club-b.example", UserRole.Admin);
        await h.Server.AddUserToTenantAsync(tenantA, "bob@club-a.example", UserRole.User);
        var adminA = (await h.Server.LoginAsync("admin@club-a.example")).Str("access_token");
        var adminB = (await h.Server.LoginAsync("admin@club-b.example")).Str("access_token");
        var bob = (await h.Server.LoginAsync("bob@club-a.example")).Str("access_token");
        var usersOnly = await AdminTokenAsync(h, root, "manage_users");
        var revoked = await AdminTokenAsync(h, root, "manage_tenants");
        var revokedId = (await h.Server.Client.GetAsync("/admin/tokens", root)).Body!.AsArray().Single(t => t.Str("name") == "manage_tenants bot")!.Str("id");
        Assert.Equal(HttpStatusCode.NoContent, (await h.Server.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{revokedId}", bearer: root)).Status);
        var app = new { client_id = "stolen-app", client_secret = "attacker-secret" };

        // Tenant admins manage users, not tenants: managing OAuth apps needs manage_tenants, in their own tenant or another.
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(h, tenantA, "strava", app, adminB)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(h, tenantA, "strava", app, adminA)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(h, tenantA, "strava", app, bob)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(h, tenantA, "strava", app, usersOnly)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PutAsync(h, tenantA, "strava", app, revoked)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Server.Client.GetAsync($"/admin/tenants/{tenantA}/oauth", adminA)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Server.Client.SendAsync(HttpMethod.Delete, $"/admin/tenants/{tenantA}/oauth/strava", bearer: bob)).Status);
        Assert.Equal(0, await h.Server.DbAsync(db => db.TenantOAuthApps.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Put_ByAnAdminTokenWithManageTenants_IsStored()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        var root = await h.Server.SuperAdminTokenAsync();
        var tenant = await h.Server.CreateTenantAsync("club-a", root);
        var token = await AdminTokenAsync(h, root, "manage_tenants");

        var (status, _, _) = await PutAsync(h, tenant, "fitbit", new { client_id = "CLUBA1", client_secret = "club-a-fitbit" }, token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CLUBA1", await h.Server.DbAsync(db => db.TenantOAuthApps.Where(a => a.TenantId == tenant && a.Provider == "fitbit")
            .Select(a => a.ClientId).SingleAsync(TestContext.Current.CancellationToken)));
    }

    private static Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body, HttpResponseMessage Response)> PutAsync(
        OAuthServerHarness h, Guid tenant, string provider, object body, string bearer) =>
        h.Server.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/oauth/{provider}", body, bearer);

    private static async Task<string> AdminTokenAsync(OAuthServerHarness h, string root, string permission)
    {
        var (status, created, _) = await h.Server.Client.PostAsync("/admin/tokens", new { name = $"{permission} bot", permissions = new[] { permission } }, root);
        Assert.Equal(HttpStatusCode.Created, status);
        return created.Str("token");
    }
}
