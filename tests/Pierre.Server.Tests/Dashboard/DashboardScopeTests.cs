using System.Net;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using static Pierre.Server.Tests.Dashboard.DashboardSteps;

namespace Pierre.Server.Tests.Dashboard;

/// <summary>Users see their own rows, a tenant's admins their tenant's, the super-admin every tenant's; nobody another tenant's.</summary>
public sealed class DashboardScopeTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Scopes_ShowOwnTenantOrAllRows_ToWhoMaySeeThem(string provider)
    {
        await using var h = await StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        await h.RegisterAsync("ann@example.com");
        await h.RegisterAsync("cat@example.com");
        var ann = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var cat = (await h.LoginAsync("cat@example.com")).Str("access_token");
        var (tenantA, catId) = await AccountAsync(h, "cat@example.com");
        await h.AddUserToTenantAsync(tenantA, "admin@example.com", UserRole.Admin);
        var adminA = (await h.LoginAsync("admin@example.com")).Str("access_token");

        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club B", slug = "club-b", plan = "professional" }, root);
        var tenantB = Guid.Parse(tenant.Str("id"));
        await h.AddUserToTenantAsync(tenantB, "admin@club-b.example", UserRole.Admin);
        var bobId = await h.AddUserToTenantAsync(tenantB, "bob@club-b.example", UserRole.User);
        var adminB = (await h.LoginAsync("admin@club-b.example")).Str("access_token");
        var bob = (await h.LoginAsync("bob@club-b.example")).Str("access_token");

        await CallToolAsync(h, ann, "get_connection_status");
        await CallToolAsync(h, bob, "connect_provider", new() { ["provider"] = "synthetic" });
        await RowsAsync(h, 2, u => u.Operation == "tool:get_connection_status" || u.Operation == "tool:connect_provider");
        var hourAgo = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1);
        await AddRowsAsync(h, Row(tenantA, catId, "tool:cats_tool", hourAgo), Row(tenantB, bobId, "tool:bobs_tool", hourAgo));

        Assert.Equal(["get_connection_status"], await ToolsAsync(h, ann, "me"));
        Assert.Equal(["bobs_tool", "connect_provider"], await ToolsAsync(h, bob, "me"));
        Assert.Equal(["cats_tool"], await ToolsAsync(h, cat, "me"));
        Assert.Empty(await ToolsAsync(h, adminA, "me"));
        Assert.Equal(["cats_tool", "get_connection_status"], await ToolsAsync(h, adminA, "tenant"));
        Assert.Equal(["bobs_tool", "connect_provider"], await ToolsAsync(h, adminB, "tenant"));
        Assert.Equal(["bobs_tool", "cats_tool", "connect_provider", "get_connection_status"], await ToolsAsync(h, root, "all"));

        Assert.Equal(["get_connection_status"], (await OverviewAsync(h, ann)).Items("recent_tool_calls").Select(c => c.Str("tool")));
        Assert.Equal(["bobs_tool", "connect_provider"],
            (await OverviewAsync(h, bob)).Items("recent_tool_calls").Select(c => c.Str("tool")).Order(StringComparer.Ordinal));
        Assert.Empty((await OverviewAsync(h, adminA)).Items("recent_tool_calls"));

        foreach (var user in new[] { ann, bob, cat })
        {
            Assert.Equal(HttpStatusCode.Forbidden, await StatsStatusAsync(h, user, "scope=tenant"));
            Assert.Equal(HttpStatusCode.Forbidden, await StatsStatusAsync(h, user, "scope=all"));
        }

        Assert.Equal(HttpStatusCode.Forbidden, await StatsStatusAsync(h, adminA, "scope=all"));
        Assert.Equal(HttpStatusCode.Forbidden, await StatsStatusAsync(h, adminB, "scope=all"));
    }

    /// <summary>Bob's tenant has its own copy of a tool name that Ann's uses: each tenant's admin counts only their own calls of it.</summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TenantScope_CountsOnlyTheTenantsOwnCallsOfASharedTool(string provider)
    {
        await using var h = await StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        await h.RegisterAsync("ann@example.com");
        var (tenantA, annId) = await AccountAsync(h, "ann@example.com");
        await h.AddUserToTenantAsync(tenantA, "admin@example.com", UserRole.Admin);
        var adminA = (await h.LoginAsync("admin@example.com")).Str("access_token");
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club B", slug = "club-b", plan = "starter" }, root);
        var tenantB = Guid.Parse(tenant.Str("id"));
        var bobId = await h.AddUserToTenantAsync(tenantB, "bob@club-b.example", UserRole.User);
        var hourAgo = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1);
        await AddRowsAsync(h,
            Row(tenantA, annId, "tool:get_activities", hourAgo, 200, 10),
            Row(tenantB, bobId, "tool:get_activities", hourAgo, 500, 70),
            Row(tenantB, bobId, "tool:get_activities", hourAgo, 500, 80));

        var mine = Assert.Single((await StatsAsync(h, adminA, "group=tool&scope=tenant")).Items("series"));
        var all = Assert.Single((await StatsAsync(h, root, "group=tool&scope=all")).Items("series"));

        Assert.Equal((1, 0, 10), (mine.Int("requests"), mine.Int("errors"), mine.Int("p95_duration_ms")));
        Assert.Equal((3, 2, 80), (all.Int("requests"), all.Int("errors"), all.Int("p95_duration_ms")));
    }

    private static async Task CallToolAsync(IdentityHarness h, string token, string tool, Dictionary<string, object?>? arguments = null)
    {
        var client = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync(token));
        await using (client)
        {
            Assert.True((await CallAsync(client, tool, arguments)).IsError is not true, tool);
        }
    }

    private static async Task<List<string>> ToolsAsync(IdentityHarness h, string token, string scope) =>
        [.. (await StatsAsync(h, token, $"group=tool&scope={scope}")).Items("series").Select(p => p.Str("key")).Order(StringComparer.Ordinal)];
}
