using System.Net;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

/// <summary>Another tenant's user, key or token looks exactly like a missing one.</summary>
public sealed class TenantIsolationTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OtherTenantsObjects_Answer404(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var (annToken, annId) = await h.ActiveUserAsync("ann@example.com", root);
        await h.CreateKeyAsync(annToken, "ann's key");
        var annKeyId = (await h.Client.GetAsync("/api/keys", annToken)).Body![0].Str("id");

        var (tenantStatus, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club B", slug = "club-b", plan = "professional" }, root);
        Assert.Equal(HttpStatusCode.Created, tenantStatus);
        Assert.Equal("professional", tenant.Str("plan"));
        var tenantB = Guid.Parse(tenant.Str("id"));
        await h.AddUserToTenantAsync(tenantB, "admin@club-b.example", UserRole.Admin);
        await h.AddUserToTenantAsync(tenantB, "bob@club-b.example", UserRole.User);
        var adminB = (await h.LoginAsync("admin@club-b.example")).Str("access_token");
        var bob = (await h.LoginAsync("bob@club-b.example")).Str("access_token");

        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.GetAsync($"/admin/users/{annId}/api-keys", adminB)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.PostAsync($"/admin/users/{annId}/suspend", null, adminB)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.PostAsync($"/admin/users/{annId}/approve", null, adminB)).Status);
        var (deleteStatus, deleteBody, _) = await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{annKeyId}", bearer: bob);
        Assert.Equal(HttpStatusCode.NotFound, deleteStatus);
        Assert.Equal("not_found", deleteBody.Str("code"));
        var (_, visible, _) = await h.Client.GetAsync("/admin/users", adminB);
        Assert.All(visible!.AsArray(), u => Assert.Equal(tenantB.ToString(), u.Str("tenant_id")));
        Assert.Equal(2, visible.AsArray().Count);

        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", annToken)).Status);
        Assert.Null((await h.Client.GetAsync("/api/keys", annToken)).Body![0]!["revoked_at"]);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync($"/admin/users/{annId}/api-keys", root)).Status);
    }

    [Fact]
    public async Task TenantAdmin_CannotManageTenantsOrTokens_AndUsersCannotUseAdminRoutes()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var (user, _) = await h.ActiveUserAsync("ann@example.com", root);
        var tenants = await h.DbAsync(db => Task.FromResult(db.Tenants.Single()));
        await h.AddUserToTenantAsync(tenants.Id, "admin@example.com", UserRole.Admin);
        var admin = (await h.LoginAsync("admin@example.com")).Str("access_token");

        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.GetAsync("/admin/users", user)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/admin/users", admin)).Status);
        var (status, body, _) = await h.Client.PostAsync("/admin/tenants", new { name = "X", slug = "x-club", plan = "starter" }, admin);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("manage_tenants", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.GetAsync("/admin/tokens", admin)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AdminPasswordReset_ReplacesThePasswordWithinTheTenantOnly(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var (_, annId) = await h.ActiveUserAsync("ann@example.com", root);
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "B", slug = "b-club", plan = "starter" }, root);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "admin@b.example", UserRole.Admin);
        var adminB = (await h.LoginAsync("admin@b.example")).Str("access_token");

        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.PostAsync($"/admin/users/{annId}/password", new { new_password = "hijacked pass" }, adminB)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await h.Client.PostAsync($"/admin/users/{annId}/password", new { new_password = "short" }, root)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync($"/admin/users/{annId}/password", new { new_password = "reset by admin" }, root)).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "reset by admin" })).Status);
    }

    [Theory]
    [InlineData("", "club", "starter", "name")]
    [InlineData("Club", "Bad Slug!", "starter", "slug")]
    [InlineData("Club", "club", "gold", "plan")]
    public async Task CreateTenant_WithBadInput_Is400(string name, string slug, string plan, string field)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();

        var (status, body, _) = await h.Client.PostAsync("/admin/tenants", new { name, slug, plan }, root);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(field, body.Str("detail"), StringComparison.Ordinal);
        Assert.Single((await h.Client.GetAsync("/admin/tenants", root)).Body!.AsArray());
    }
}
