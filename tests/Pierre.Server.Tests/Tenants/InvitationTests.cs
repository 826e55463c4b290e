using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Tenants;

/// <summary>An invitation is used once, by its email, before it expires or is revoked; a refusal creates nothing.</summary>
public sealed class InvitationTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task UsedToken_CannotBeUsedAgain_AndConcurrentUsesMakeOneAccount(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        var token = await h.InviteAsync(tenant, "x@b.example", "user", root);

        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => h.RegisterWithAsync("x@b.example", token)));
        var again = await h.RegisterWithAsync("x@b.example", token);

        Assert.Single(attempts, a => a.Status == HttpStatusCode.Created);
        Assert.All(attempts.Where(a => a.Status != HttpStatusCode.Created), a => Assert.Contains(a.Status, new[] { HttpStatusCode.Conflict, HttpStatusCode.Forbidden }));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal(1, await h.DbAsync(db => db.Users.CountAsync(u => u.Email == "x@b.example", ct)));
        Assert.Equal("used", (await h.InvitationsAsync(tenant, root)).Body![0].Str("status"));
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "invitation.used", ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ExpiredRevokedWrongOrMismatchedToken_IsRefused_AndCreatesNothing(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        var expired = await h.InviteAsync(tenant, "old@b.example", "user", root);
        var revoked = await h.InviteAsync(tenant, "gone@b.example", "admin", root);
        var mismatched = await h.InviteAsync(tenant, "right@b.example", "admin", root);
        await h.DbAsync(db => db.Invitations.Where(i => i.Email == "old@b.example")
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, i => i.CreatedAt.AddSeconds(-1)), ct));
        var revokedId = (await h.InvitationsAsync(tenant, root)).Body!.AsArray().Single(i => i.Str("email") == "gone@b.example").Str("id");

        var (revokeStatus, _, _) = await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tenants/{tenant}/invitations/{revokedId}", bearer: root);
        var (revokeAgainStatus, _, _) = await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tenants/{tenant}/invitations/{revokedId}", bearer: root);
        var (revokeUnknownStatus, _, _) = await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tenants/{tenant}/invitations/{Guid.NewGuid()}", bearer: root);
        var tooLate = await h.RegisterWithAsync("old@b.example", expired);
        var afterRevoke = await h.RegisterWithAsync("gone@b.example", revoked);
        var otherEmail = await h.RegisterWithAsync("wrong@b.example", mismatched);
        var wrongToken = await h.RegisterWithAsync("right@b.example", "pit_" + new string('A', 40));

        Assert.Equal(HttpStatusCode.NoContent, revokeStatus);
        Assert.Equal(HttpStatusCode.NoContent, revokeAgainStatus);
        Assert.Equal(HttpStatusCode.NotFound, revokeUnknownStatus);
        Assert.Equal(HttpStatusCode.Forbidden, tooLate.Status);
        Assert.Contains("expired", tooLate.Body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, afterRevoke.Status);
        Assert.Contains("revoked", afterRevoke.Body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, otherEmail.Status);
        Assert.Contains("another email", otherEmail.Body.Str("detail"), StringComparison.Ordinal);
        Assert.DoesNotContain("right@b.example", otherEmail.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrongToken.Status);
        Assert.Contains("invitation_token", wrongToken.Body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await h.DbAsync(db => db.Users.CountAsync(u => u.TenantId == tenant, ct)));
        var statuses = (await h.InvitationsAsync(tenant, root)).Body!.AsArray().ToDictionary(i => i.Str("email"), i => i.Str("status"));
        Assert.Equal("expired", statuses["old@b.example"]);
        Assert.Equal("revoked", statuses["gone@b.example"]);
        Assert.Equal("pending", statuses["right@b.example"]);
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "invitation.revoked" && e.TargetId == revokedId, ct)));
        Assert.Equal(HttpStatusCode.Created, (await h.RegisterWithAsync("right@b.example", mismatched)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AlreadyRegisteredEmail_Is409_AndTheInvitationStaysUnused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        var token = await h.InviteAsync(tenant, "carol@example.com", "admin", root);
        await h.RegisterAsync("carol@example.com");

        var (status, body, _) = await h.RegisterWithAsync("carol@example.com", token);
        var (inviteStatus, _, _) = await h.TryInviteAsync(tenant, "carol@example.com", "user", root);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("already exists", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, inviteStatus);
        Assert.Equal("pending", (await h.InvitationsAsync(tenant, root)).Body![0].Str("status"));
        Assert.Equal(await h.DefaultTenantAsync(), await h.DbAsync(db => db.Users.Where(u => u.Email == "carol@example.com").Select(u => u.TenantId).SingleAsync(ct)));
    }

    [Fact]
    public async Task RegistrationWithoutToken_StillJoinsTheDefaultTenantPending()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        await h.CreateTenantAsync("club-b", root);

        var (status, body, _) = await h.RegisterWithAsync("dan@example.com", null);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("pending", body.Str("status"));
        Assert.Equal(await h.DefaultTenantAsync(), await h.DbAsync(db => db.Users.Where(u => u.Email == "dan@example.com").Select(u => u.TenantId).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("not-an-email", "user", HttpStatusCode.BadRequest, "email")]
    [InlineData("x@b.example", "owner", HttpStatusCode.BadRequest, "role must be user or admin")]
    [InlineData("x@b.example", "super_admin", HttpStatusCode.BadRequest, "PUT /admin/users/{id}/role")]
    public async Task BadInvitation_IsRefusedWithTheReason(string email, string role, HttpStatusCode expected, string reason)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);

        var (status, body, _) = await h.TryInviteAsync(tenant, email, role, root);

        Assert.Equal(expected, status);
        Assert.Contains(reason, body.Str("detail"), StringComparison.Ordinal);
        Assert.Empty((await h.InvitationsAsync(tenant, root)).Body!.AsArray());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OrdinaryUsers_NarrowAdminTokens_AndRevokedTokens_CannotUseTheRoutes(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        var (user, userId) = await h.ActiveUserAsync("ann@example.com", root);
        var tenantsOnly = (await h.Client.PostAsync("/admin/tokens", new { name = "tenants bot", permissions = new[] { "manage_tenants" } }, root)).Body.Str("token");
        var (_, created, _) = await h.Client.PostAsync("/admin/tokens", new { name = "users bot", permissions = new[] { "manage_users", "view_api_keys", "view_operations" } }, root);
        var usersBot = created.Str("token");
        var usersOnly = (await h.Client.PostAsync("/admin/tokens", new { name = "users only", permissions = new[] { "manage_users" } }, root)).Body.Str("token");
        Assert.Equal(HttpStatusCode.Forbidden, (await h.TryInviteAsync(tenant, "z@b.example", "admin", usersOnly)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.SetRoleAsync(userId, "admin", usersOnly)).Status);
        Assert.Equal(HttpStatusCode.Created, (await h.TryInviteAsync(await h.CreateTenantAsync("club-c", root), "z@c.example", "user", usersOnly)).Status);
        var invitationId = (await h.Client.PostAsync($"/admin/tenants/{tenant}/invitations", new { email = "x@b.example", role = "admin" }, usersBot)).Body.Str("id");
        Assert.Equal(HttpStatusCode.Forbidden, (await h.SetRoleAsync(userId, "super_admin", usersBot)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.SetRoleAsync(userId, "admin", usersBot)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.SetRoleAsync(userId, "user", usersBot)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{created.Str("id")}", bearer: root)).Status);

        foreach (var (credential, expected) in new[] { (user, HttpStatusCode.Forbidden), (tenantsOnly, HttpStatusCode.Forbidden), (usersBot, HttpStatusCode.Unauthorized) })
        {
            Assert.Equal(expected, (await h.TryInviteAsync(tenant, "y@b.example", "user", credential)).Status);
            Assert.Equal(expected, (await h.InvitationsAsync(tenant, credential)).Status);
            Assert.Equal(expected, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tenants/{tenant}/invitations/{invitationId}", bearer: credential)).Status);
            Assert.Equal(expected, (await h.SetRoleAsync(userId, "admin", credential)).Status);
        }

        var (_, listed, _) = await h.InvitationsAsync(tenant, root);
        Assert.Equal(["pending"], listed!.AsArray().Select(i => i.Str("status")));
        Assert.Equal("user", (await h.LoginAsync("ann@example.com"))["user"].Str("role"));
    }

    [Theory]
    [InlineData("suspend")]
    [InlineData("demote")]
    [InlineData("revoke token")]
    public async Task Invitation_DoesNotOutliveItsSendersPower(string change)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        var admin = await h.JoinAsync("x@b.example", await h.InviteAsync(tenant, "x@b.example", "admin", root));
        var (_, tokenBody, _) = await h.Client.PostAsync("/admin/tokens", new { name = "bot", permissions = new[] { "manage_users", "view_api_keys", "view_operations" } }, root);
        var sender = change == "revoke token" ? tokenBody.Str("token") : admin.Token;
        var invitation = await h.InviteAsync(tenant, "alias@b.example", "admin", sender);

        var adminId = await h.UserIdAsync("x@b.example");
        var (status, _, _) = change switch
        {
            "suspend" => await h.Client.PostAsync($"/admin/users/{adminId}/suspend", null, root),
            "demote" => await h.SetRoleAsync(adminId, "user", root),
            _ => await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{tokenBody.Str("id")}", bearer: root),
        };
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.NoContent, $"{change}: {status}");

        var (registered, body, _) = await h.RegisterWithAsync("alias@b.example", invitation);
        Assert.Equal(HttpStatusCode.Forbidden, registered);
        Assert.Contains("can no longer grant it", body.Str("detail"), StringComparison.Ordinal);
        Assert.False(await h.DbAsync(db => db.Users.AnyAsync(u => u.Email == "alias@b.example", TestContext.Current.CancellationToken)));
    }
}
