using System.Net;
using System.Text.Json.Nodes;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

/// <summary><c>GET /admin/audit</c>: view_operations; a tenant admin reads its own tenant's events only.</summary>
public sealed class AuditLogTests
{
    private static List<JsonNode> Events(JsonNode? page) => [.. page!["events"]!.AsArray().Select(e => e!)];

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TenantAdmins_ReadTheirTenantsEvents_SuperAdminsEveryTenants_AndNobodyElse(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var (annToken, _) = await h.ActiveUserAsync("ann@example.com", root);
        await h.CreateKeyAsync(annToken, "ann's key");
        var tenantA = await h.DbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == "ann@example.com").TenantId));
        await h.AddUserToTenantAsync(tenantA, "admin@example.com", UserRole.Admin);
        var adminA = (await h.LoginAsync("admin@example.com")).Str("access_token");
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club B", slug = "club-b", plan = "professional" }, root);
        var tenantB = Guid.Parse(tenant.Str("id"));
        await h.AddUserToTenantAsync(tenantB, "bob@club-b.example", UserRole.User);
        var bob = (await h.LoginAsync("bob@club-b.example")).Str("access_token");
        await h.CreateKeyAsync(bob, "bob's key");

        var (status, own, _) = await h.Client.GetAsync("/admin/audit", adminA);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Events(own), e => e.Str("action") == "api_key.created");
        Assert.All(Events(own), e => Assert.Equal(tenantA.ToString(), e.Str("tenant_id")));
        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.GetAsync($"/admin/audit?tenant_id={tenantB}", adminA)).Status);

        var (_, all, _) = await h.Client.GetAsync("/admin/audit?action=api_key.created", root);
        Assert.Equal([tenantB.ToString(), tenantA.ToString()], Events(all).Select(e => e.Str("tenant_id")));
        var (_, onlyB, _) = await h.Client.GetAsync($"/admin/audit?tenant_id={tenantB}", root);
        Assert.NotEmpty(Events(onlyB));
        Assert.All(Events(onlyB), e => Assert.Equal(tenantB.ToString(), e.Str("tenant_id")));

        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.GetAsync("/admin/audit", annToken)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.SendAsync(HttpMethod.Get, "/admin/audit")).Status);
        var agent = await A2ATestClient.RegisterAgentAsync(h, annToken, "data");
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.SendAsync(HttpMethod.Get, "/admin/audit", apiKey: agent.Key)).Status);
    }

    [Fact]
    public async Task Tokens_NeedViewOperations_AndPagesFollowBeforeId()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var (annToken, _) = await h.ActiveUserAsync("ann@example.com", root);
        for (var i = 0; i < 3; i++)
        {
            await h.CreateKeyAsync(annToken, $"key {i}");
        }

        var (_, without, _) = await h.Client.PostAsync("/admin/tokens", new { name = "users bot", permissions = new[] { "manage_users" } }, root);
        var (_, with, _) = await h.Client.PostAsync("/admin/tokens", new { name = "ops bot", permissions = new[] { "view_operations" } }, root);
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.GetAsync("/admin/audit", without.Str("token"))).Status);

        var ops = with.Str("token");
        var (_, first, _) = await h.Client.GetAsync("/admin/audit?action=api_key.created&limit=2", ops);
        Assert.Equal(2, Events(first).Count);
        var next = first!["next_before_id"]!.GetValue<long>();
        var (_, second, _) = await h.Client.GetAsync($"/admin/audit?action=api_key.created&limit=2&before_id={next}", ops);
        Assert.Single(Events(second));
        Assert.Null(second!["next_before_id"]);
        Assert.Equal(3, Events(first).Concat(Events(second)).Select(e => e.Str("target_id")).Distinct().Count());
        Assert.Equal(HttpStatusCode.BadRequest, (await h.Client.GetAsync("/admin/audit?limit=0", ops)).Status);
    }
}
