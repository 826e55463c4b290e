using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Tenants;

/// <summary>Roles change within the caller's rank and tenant, are audited, and a super-admin always remains.</summary>
public sealed class UserRoleTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TenantAdmin_PromotesWithinItsTenantUpToAdmin_AndTheChangeIsAudited(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        var (admin, _) = await h.JoinAsync("admin@b.example", await h.InviteAsync(tenant, "admin@b.example", "admin", root));
        var (_, bob) = await h.JoinAsync("bob@b.example", await h.InviteAsync(tenant, "bob@b.example", "user", admin));
        var bobId = bob.Str("id");

        var (promoted, view, _) = await h.SetRoleAsync(bobId, "admin", admin);
        var (tooHigh, refusal, _) = await h.SetRoleAsync(bobId, "super_admin", admin);

        Assert.Equal(HttpStatusCode.OK, promoted);
        Assert.Equal("admin", view.Str("role"));
        Assert.Equal("user", view.Str("previous_role"));
        Assert.Equal(HttpStatusCode.Forbidden, tooHigh);
        Assert.Contains("super_admin", refusal.Str("detail"), StringComparison.Ordinal);
        Assert.Equal("admin", (await h.LoginAsync("bob@b.example"))["user"].Str("role"));
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/admin/users", (await h.LoginAsync("bob@b.example")).Str("access_token"))).Status);
        var audit = await h.DbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "user.role_changed", ct));
        Assert.Equal(bobId, audit.TargetId);
        Assert.Equal("from=user to=admin", audit.Details);
        Assert.Equal(tenant, audit.TenantId);
        Assert.NotNull(audit.ActorUserId);
    }

    /// <summary>
    /// A super-admin in the tenant admin's own tenant answers 403, not 404: the account is already listed to the tenant
    /// admin, so a 404 would hide nothing and only mislead; 404 is kept for other tenants, whose accounts it may not see.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TenantAdmin_CannotChangeASuperAdmin_ASuperAdminSetsAnyRole(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var rootId = await h.UserIdAsync("root@example.com");
        await h.AddUserToTenantAsync(await h.DefaultTenantAsync(), "admin@example.com", UserRole.Admin);
        var admin = (await h.LoginAsync("admin@example.com")).Str("access_token");
        var (_, annId) = await h.ActiveUserAsync("ann@example.com", root);

        var (demoteRoot, refusal, _) = await h.SetRoleAsync(rootId, "user", admin);
        Assert.Equal(HttpStatusCode.Forbidden, demoteRoot);
        Assert.Contains("only a super_admin", refusal.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.SetRoleAsync(rootId, "super_admin", admin)).Status);

        Assert.Equal(HttpStatusCode.OK, (await h.SetRoleAsync(annId, "super_admin", root)).Status);
        Assert.Equal("super_admin", (await h.LoginAsync("ann@example.com"))["user"].Str("role"));
        Assert.Equal(HttpStatusCode.Forbidden, (await h.SetRoleAsync(annId, "user", admin)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.SetRoleAsync(annId, "admin", root)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.SetRoleAsync(annId, "user", admin)).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await h.SetRoleAsync(annId, "owner", root)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await h.SetRoleAsync(Guid.NewGuid(), "admin", root)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task LastActiveSuperAdmin_CannotBeDemoted(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var rootId = await h.UserIdAsync("root@example.com");
        var other = await h.SuperAdminTokenAsync("other@example.com");
        var otherId = await h.UserIdAsync("other@example.com");

        Assert.Equal(HttpStatusCode.OK, (await h.SetRoleAsync(otherId, "admin", root)).Status);
        var (status, body, _) = await h.SetRoleAsync(rootId, "admin", root);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("last active super-admin", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.SetRoleAsync(rootId, "admin", other)).Status);
        Assert.Equal("super_admin", (await h.LoginAsync("root@example.com", "root password 1"))["user"].Str("role"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TwoSuperAdminsDemotingEachOtherAtOnce_LeaveOne(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var other = await h.SuperAdminTokenAsync("other@example.com");
        var rootId = await h.UserIdAsync("root@example.com");
        var otherId = await h.UserIdAsync("other@example.com");

        var results = await Task.WhenAll(h.SetRoleAsync(otherId, "user", root), h.SetRoleAsync(rootId, "user", other));

        Assert.Contains(results, r => r.Status == HttpStatusCode.OK);
        Assert.Equal(1, await h.DbAsync(db => db.Users.CountAsync(u => u.Role == UserRole.SuperAdmin, ct)));
    }
}
