using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Data.Entities;
using Pierre.Server.OAuthServer;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>People see and revoke the assistants they allowed; admins see their own tenant's; grants and revocations are audited.</summary>
public sealed partial class OAuthGrantsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string Ping = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "ping" }.ToJsonString();

    [Fact]
    public async Task Person_SeesTheGrantOnConnections_AndRevokingItSignsTheAssistantOut()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var person = WebFormClient.For(h.App);
        await h.RegisterAsync("ann@example.com");
        await person.SignInAsync("ann@example.com");
        var flow = new OAuthFlow(h, person);
        var (clientId, accessToken, refreshToken) = await flow.SignInAsync();

        var page = await person.PageAsync("/connections");
        Assert.Contains("Test Assistant", page, StringComparison.Ordinal);
        var handler = RevokeForm().Match(page).Groups[1].Value;
        using var revoked = await person.PostFormAsync("/connections", handler, []);

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Contains("signed out", await revoked.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await OAuthFlow.McpAsync(h.Client, accessToken, Ping)).Status);
        Assert.Equal("invalid_grant", (await flow.RefreshAsync(clientId, refreshToken)).Body.Str("error"));
        var actions = await h.DbAsync(db => db.AuditEvents.Select(e => e.Action).ToListAsync(Ct));
        Assert.Contains("oauth.grant", actions);
        Assert.Contains("oauth.revoke", actions);
    }

    [Fact]
    public async Task AnotherUser_CannotRevokeTheGrant_AndDoesNotSeeIt()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var flow = await OAuthFlow.ForNewUserAsync(h);
        var (_, accessToken, _) = await flow.SignInAsync();
        var bobId = Guid.Parse(await h.RegisterAsync("bob@example.com"));
        var grant = Assert.Single(await h.ScopedAsync(sp => sp.GetRequiredService<OAuthGrants>().ForAdminAsync(SuperAdmin(), Ct)) ?? []);

        var bob = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", bobId.ToString())], "test"));
        Assert.False(await h.ScopedAsync(sp => sp.GetRequiredService<OAuthGrants>().RevokeOwnAsync(bob, grant.Id, Ct)));
        Assert.Empty(await h.ScopedAsync(sp => sp.GetRequiredService<OAuthGrants>().ForUserAsync(bobId, Ct)));
        Assert.Equal(HttpStatusCode.OK, (await OAuthFlow.McpAsync(h.Client, accessToken, Ping)).Status);
    }

    [Fact]
    public async Task TenantAdmin_SeesOwnTenantsGrantsOnly_AndAPlainUserSeesNone()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, OAuthFlow.Settings());
        var root = await h.SuperAdminTokenAsync();
        var flow = await OAuthFlow.ForNewUserAsync(h);
        await flow.SignInAsync();
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club B", slug = "club-b", plan = "professional" }, root);
        var tenantB = Guid.Parse(tenant.Str("id"));
        await h.AddUserToTenantAsync(tenantB, "admin@club-b.example", UserRole.Admin);
        var defaultTenant = await h.DbAsync(db => db.Tenants.Where(t => t.Slug == Tenant.DefaultSlug).Select(t => t.Id).SingleAsync(Ct));
        await h.AddUserToTenantAsync(defaultTenant, "admin@example.com", UserRole.Admin);

        var own = await GrantsSeenBy(h, "admin@example.com");
        var other = await GrantsSeenBy(h, "admin@club-b.example");
        var plain = await GrantsSeenBy(h, "ann@example.com");

        Assert.Equal("ann@example.com", Assert.Single(own!).Email);
        Assert.Empty(other!);
        Assert.Null(plain);
        using var adminPage = WebFormClient.For(h.App);
        await adminPage.SignInAsync("admin@example.com");
        Assert.Contains("Test Assistant", await adminPage.PageAsync("/manage/clients"), StringComparison.Ordinal);
        using var otherPage = WebFormClient.For(h.App);
        await otherPage.SignInAsync("admin@club-b.example");
        Assert.DoesNotContain("Test Assistant", await otherPage.PageAsync("/manage/clients"), StringComparison.Ordinal);
    }

    private static async Task<List<OAuthGrantView>?> GrantsSeenBy(IdentityHarness h, string email)
    {
        var token = (await h.LoginAsync(email)).Str("access_token");
        var principal = await h.ScopedAsync(async sp =>
        {
            var validated = await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ValidateTokenAsync(
                token, sp.GetRequiredService<Pierre.Server.Auth.AuthManager>().ValidationParameters);
            return new ClaimsPrincipal(validated.ClaimsIdentity);
        });
        return await h.ScopedAsync(sp => sp.GetRequiredService<OAuthGrants>().ForAdminAsync(principal, Ct));
    }

    private static ClaimsPrincipal SuperAdmin() =>
        new(new ClaimsIdentity([new Claim("sub", Guid.Empty.ToString()), new Claim("role", "super_admin"), new Claim("status", "active")], "test"));

    [GeneratedRegex("name=\"_handler\" value=\"(revoke-[^\"]+)\"")]
    private static partial Regex RevokeForm();
}
