using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

/// <summary>No caller changes an account whose role is above its own, nor grants what it does not hold.</summary>
public sealed class PrivilegeEscalationTests
{
    private static async Task<(IdentityHarness H, string Root, Guid RootId)> StartAsync(string provider)
    {
        var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var rootId = await h.DbAsync(db => db.Users.Where(u => u.Role == UserRole.SuperAdmin).Select(u => u.Id).SingleAsync());
        return (h, root, rootId);
    }

    private static async Task<string> AdminTokenAsync(IdentityHarness h, string root, params string[] permissions)
    {
        var (status, body, _) = await h.Client.PostAsync("/admin/tokens", new { name = "bot", permissions }, root);
        Assert.Equal(HttpStatusCode.Created, status);
        return body.Str("token");
    }

    private static async Task<string> TenantAdminAsync(IdentityHarness h)
    {
        var tenant = await h.DbAsync(db => db.Tenants.SingleAsync(t => t.Slug == Tenant.DefaultSlug));
        await h.AddUserToTenantAsync(tenant.Id, "admin@example.com", UserRole.Admin);
        return (await h.LoginAsync("admin@example.com")).Str("access_token");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SuperAdminPassword_CannotBeResetByAManageUsersTokenOrATenantAdmin(string provider)
    {
        var (h, root, rootId) = await StartAsync(provider);
        await using var _ = h;
        var usersToken = await AdminTokenAsync(h, root, "manage_users");
        var tenantAdmin = await TenantAdminAsync(h);

        foreach (var caller in new[] { usersToken, tenantAdmin })
        {
            var (status, body, _) = await h.Client.PostAsync($"/admin/users/{rootId}/password", new { new_password = "taken over now" }, caller);
            Assert.Equal(HttpStatusCode.Forbidden, status);
            Assert.Contains("super_admin", body.Str("detail"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.PostAsync($"/admin/users/{rootId}/suspend", null, caller)).Status);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/login", new { email = "root@example.com", password = "taken over now" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync("/api/auth/login", new { email = "root@example.com", password = "root password 1" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", root)).Status);
    }

    [Fact]
    public async Task TenantAdmin_ManagesAccountsAtOrBelowItsRole_AndSeesNoSuperAdminKeys()
    {
        var (h, root, rootId) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await h.CreateKeyAsync(root, "root's key");
        var tenantAdmin = await TenantAdminAsync(h);
        var (_, annId) = await h.ActiveUserAsync("ann@example.com", root);

        var (keysStatus, keysBody, _) = await h.Client.GetAsync($"/admin/users/{rootId}/api-keys", tenantAdmin);
        Assert.Equal(HttpStatusCode.Forbidden, keysStatus);
        Assert.DoesNotContain("root's key", keysBody!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync($"/admin/users/{annId}/api-keys", tenantAdmin)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync($"/admin/users/{annId}/password", new { new_password = "reset by admin" }, tenantAdmin)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync($"/admin/users/{rootId}/api-keys", root)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ManageTokensToken_MintsOnlyWhatItHolds_AndCannotRevokeStrongerTokens(string provider)
    {
        var (h, root, _) = await StartAsync(provider);
        await using var _ = h;
        var tokensOnly = await AdminTokenAsync(h, root, "manage_tokens");
        var (_, rootsToken, _) = await h.Client.PostAsync("/admin/tokens", new { name = "root's", is_super_admin = true }, root);
        var (_, usersToken, _) = await h.Client.PostAsync("/admin/tokens", new { name = "users", permissions = new[] { "manage_users", "manage_tokens" } }, root);
        var before = await h.DbAsync(db => db.AdminTokens.CountAsync());

        var all = new[] { "manage_users", "manage_tenants", "manage_tokens", "view_api_keys", "manage_tools" };
        var (allStatus, allBody, _) = await h.Client.PostAsync("/admin/tokens", new { name = "everything", permissions = all }, tokensOnly);
        Assert.Equal(HttpStatusCode.Forbidden, allStatus);
        Assert.Contains("manage_users", allBody.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.PostAsync("/admin/tokens", new { name = "super", is_super_admin = true }, tokensOnly)).Status);
        Assert.Equal(before, await h.DbAsync(db => db.AdminTokens.CountAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{rootsToken.Str("id")}", bearer: tokensOnly)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{usersToken.Str("id")}", bearer: tokensOnly)).Status);
        Assert.Equal(0, await h.DbAsync(db => db.AdminTokens.CountAsync(t => t.RevokedAt != null)));
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/admin/users", rootsToken.Str("token"))).Status);

        var (subsetStatus, subset, _) = await h.Client.PostAsync("/admin/tokens", new { name = "helper", permissions = new[] { "manage_tokens" } }, tokensOnly);
        Assert.Equal(HttpStatusCode.Created, subsetStatus);
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{subset.Str("id")}", bearer: tokensOnly)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{usersToken.Str("id")}", bearer: root)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LastActiveSuperAdmin_CannotBeSuspended_ButOneOfTwoCan(string provider)
    {
        var (h, root, rootId) = await StartAsync(provider);
        await using var _ = h;
        var (_, superToken, _) = await h.Client.PostAsync("/admin/tokens", new { name = "super", is_super_admin = true }, root);

        foreach (var caller in new[] { root, superToken.Str("token") })
        {
            var (status, body, _) = await h.Client.PostAsync($"/admin/users/{rootId}/suspend", null, caller);
            Assert.Equal(HttpStatusCode.Conflict, status);
            Assert.Contains("last active super-admin", body.Str("detail"), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", root)).Status);
        await h.SuperAdminTokenAsync("second@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{rootId}/suspend", null, superToken.Str("token"))).Status);
    }
}
