using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Tenants;

/// <summary>A tenant admin made through an invitation runs its own tenant and nothing else.</summary>
public sealed class TenantAdminAcceptanceTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task InvitedTenantAdmin_ManagesOnlyItsTenant_AndCannotGrantSuperAdmin(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var rootId = await h.UserIdAsync("root@example.com");
        var (annToken, annId) = await h.ActiveUserAsync("ann@example.com", root);
        await h.CreateKeyAsync(annToken, "ann's key");
        var defaultTenant = await h.DefaultTenantAsync();
        var tenantB = await h.CreateTenantAsync("club-b", root);

        var (inviteStatus, invitation, inviteResponse) = await h.TryInviteAsync(tenantB, "X@B.example", "admin", root);
        Assert.Equal(HttpStatusCode.Created, inviteStatus);
        var token = invitation.Str("token");
        Assert.Matches("^pit_[0-9A-Za-z]{40}$", token);
        Assert.Equal("x@b.example", invitation.Str("email"));
        Assert.Equal("admin", invitation.Str("role"));
        Assert.True(inviteResponse.Headers.CacheControl?.NoStore);
        Assert.InRange(invitation!["expires_at"]!.GetValue<DateTime>() - TimeProvider.System.GetUtcNow().UtcDateTime, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
        Assert.Contains($"\"invitation_token\":\"{token}\"", invitation.Str("register"), StringComparison.Ordinal);

        var (registerStatus, registered, _) = await h.RegisterWithAsync("x@b.example", token);
        Assert.Equal(HttpStatusCode.Created, registerStatus);
        Assert.Equal("active", registered.Str("status"));
        var session = await h.LoginAsync("x@b.example", TenantSteps.Password);
        var (x, xUser) = (session.Str("access_token"), session["user"]!);
        var bob = await h.JoinAsync("bob@b.example", await h.InviteAsync(tenantB, "bob@b.example", null, x));
        Assert.Equal(tenantB.ToString(), xUser.Str("tenant_id"));
        Assert.Equal("admin", xUser.Str("role"));
        Assert.Equal("active", xUser.Str("status"));
        Assert.Equal("user", bob.User.Str("role"));

        var (_, visible, _) = await h.Client.GetAsync("/admin/users", x);
        Assert.Equal(["bob@b.example", "x@b.example"], visible!.AsArray().Select(u => u.Str("email")).Order());
        Assert.All(visible.AsArray(), u => Assert.Equal(tenantB.ToString(), u.Str("tenant_id")));

        foreach (var target in new object[] { annId, rootId })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await h.Client.PostAsync($"/admin/users/{target}/approve", null, x)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await h.Client.PostAsync($"/admin/users/{target}/suspend", null, x)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await h.Client.PostAsync($"/admin/users/{target}/password", new { new_password = "hijacked pass" }, x)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await h.Client.GetAsync($"/admin/users/{target}/api-keys", x)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await h.SetRoleAsync(target, "user", x)).Status);
        }

        Assert.Equal(HttpStatusCode.Created, (await h.TryInviteAsync(tenantB, "carol@b.example", "admin", x)).Status);
        var (otherTenant, otherBody, _) = await h.TryInviteAsync(defaultTenant, "mallory@example.com", "admin", x);
        Assert.Equal(HttpStatusCode.NotFound, otherTenant);
        Assert.Equal("tenant not found", otherBody.Str("detail"));
        Assert.Equal(HttpStatusCode.NotFound, (await h.TryInviteAsync(Guid.NewGuid(), "mallory@example.com", "user", x)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await h.InvitationsAsync(defaultTenant, x)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.TryInviteAsync(tenantB, "boss@b.example", "super_admin", x)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.SetRoleAsync(bob.User.Str("id"), "super_admin", x)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.SetRoleAsync(xUser.Str("id"), "super_admin", x)).Status);

        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", annToken)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" })).Status);
        Assert.Equal("super_admin", (await h.LoginAsync("root@example.com", "root password 1"))["user"].Str("role"));
        var (_, listed, _) = await h.InvitationsAsync(tenantB, x);
        Assert.DoesNotContain("pit_", listed!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(["pending", "used", "used"], listed.AsArray().Select(i => i.Str("status")).Order());
        var audited = await h.DbAsync(db => db.AuditEvents.Where(e => e.TenantId == tenantB).Select(e => e.Action).ToListAsync(ct));
        Assert.Equal(3, audited.Count(a => a == "invitation.created"));
        Assert.Equal(2, audited.Count(a => a == "invitation.used"));
    }
}
