using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Tenants;

namespace Pierre.Server.Tests.Web;

/// <summary>The web UI's forms as an attacker would post them: a lower role, another tenant, another user, no token.</summary>
public sealed class ManagePagesTests
{
    [Theory]
    [InlineData("/manage/users")]
    [InlineData("/manage/invitations")]
    [InlineData("/manage/tenants")]
    [InlineData("/manage/tools")]
    [InlineData("/manage/tokens")]
    [InlineData("/manage/audit")]
    [InlineData("/manage/clients")]
    public async Task AUser_IsTurnedAwayFromEveryAdminPage(string path)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("ann@example.com");

        using var response = await web.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task AUser_PostingTheApproveForm_ChangesNothing()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var admin = await h.SuperAdminTokenAsync();
        await h.ActiveUserAsync("ann@example.com", admin);
        var pending = Guid.Parse(await h.RegisterAsync("carol@example.com"));
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("ann@example.com");

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = $"approve-{pending:N}" });
        using var refused = await web.Http.PostAsync(new Uri("/manage/users", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(UserStatus.Pending, await h.DbAsync(db => db.Users.Where(u => u.Id == pending).Select(u => u.Status).SingleAsync()));
    }

    [Fact]
    public async Task ATenantAdmin_SeesAndApprovesOnlyTheirOwnTenant()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var club = await h.CreateTenantAsync("club", root);
        await h.AddUserToTenantAsync(club, "boss@example.com", UserRole.Admin);
        var outsider = Guid.Parse(await h.RegisterAsync("carol@example.com"));
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("boss@example.com");

        var page = await web.PageAsync("/manage/users");
        using var approve = await web.PostFormAsync("/manage/users", $"approve-{outsider:N}", []);
        var tenants = await web.PageAsync("/manage/tenants");

        Assert.Contains("boss@example.com", page, StringComparison.Ordinal);
        Assert.DoesNotContain("carol@example.com", page, StringComparison.Ordinal);
        Assert.DoesNotContain("root@example.com", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, approve.StatusCode);
        Assert.Equal(UserStatus.Pending, await h.DbAsync(db => db.Users.Where(u => u.Id == outsider).Select(u => u.Status).SingleAsync()));
        Assert.Contains("needs the manage_tenants permission", tenants, StringComparison.Ordinal);
        Assert.DoesNotContain("Club club", tenants, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATenantAdmin_CannotChangeAPlanThroughTheForm()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var club = await h.CreateTenantAsync("club", root);
        await h.AddUserToTenantAsync(club, "boss@example.com", UserRole.Admin);
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("boss@example.com");

        using var posted = await web.PostFormAsync("/manage/tenants", $"plan-{club:N}", new() { ["plan"] = "enterprise" });

        Assert.Equal(TenantPlan.Professional, await h.DbAsync(db => db.Tenants.Where(t => t.Id == club).Select(t => t.Plan).SingleAsync()));
    }

    [Fact]
    public async Task ASuperAdmin_ChangesAPlanThroughTheForm_AndItIsAudited()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var club = await h.CreateTenantAsync("club", root);
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("root@example.com", "root password 1");

        using var posted = await web.PostFormAsync("/manage/tenants", $"plan-{club:N}", new() { ["plan"] = "starter" });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Club club is on the starter plan.", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(TenantPlan.Starter, await h.DbAsync(db => db.Tenants.Where(t => t.Id == club).Select(t => t.Plan).SingleAsync()));
        Assert.True(await h.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "tenant.plan_changed" && e.TenantId == club)));
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryToken_IsRefused_AndCreatesNothing()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("ann@example.com");

        using var forged = await web.PostFormAsync("/keys", "create-key", new() { ["Input.Name"] = "forged" }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(await h.DbAsync(db => db.ApiKeys.AnyAsync(k => k.Name == "forged")));
    }

    [Fact]
    public async Task AUser_CannotRevokeAnotherUsersKeyThroughTheForm()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"), "ann's key");
        await h.RegisterAsync("bob@example.com");
        var annKey = await h.DbAsync(db => db.ApiKeys.Where(k => k.Name == "ann's key").Select(k => k.Id).SingleAsync());
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("bob@example.com");

        using var refused = await web.PostFormAsync("/keys", $"revoke-{annKey:N}", []);

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.Null(await h.DbAsync(db => db.ApiKeys.Where(k => k.Id == annKey).Select(k => k.RevokedAt).SingleAsync()));
    }
}
