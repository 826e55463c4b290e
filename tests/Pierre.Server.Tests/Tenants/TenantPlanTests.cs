using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using Pierre.Server.Data.Entities;
using Pierre.Server.Mcp;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Tenants;

/// <summary><c>PUT /admin/tenants/{id}/plan</c>: manage_tenants only; the tenant's tools and keys follow the new plan at once.</summary>
public sealed class TenantPlanTests
{
    private const string ProfessionalTool = "professional_report";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SetPlan_BySuperAdmin_IsListed_Audited_AndHoldsTheTenantsToolsAndKeysToIt(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(provider, services: AddProfessionalTool);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        await h.AddUserToTenantAsync(tenant, "bob@b.example", UserRole.User);
        var key = await h.CreateKeyAsync((await h.LoginAsync("bob@b.example")).Str("access_token"));
        await using var bob = await McpTestClient.ConnectAsync(h.App, key);
        Assert.Contains(await bob.ListToolsAsync(cancellationToken: ct), t => t.Name == ProfessionalTool);
        Assert.Equal("100000", (await h.Client.GetAsync("/api/keys", apiKey: key)).Response.Headers.GetValues("X-RateLimit-Limit").Single());

        var (status, changed, _) = await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/plan", new { plan = "Starter" }, root);

        Assert.Equal(HttpStatusCode.OK, status);
        var (_, listed, _) = await h.Client.GetAsync("/admin/tenants", root);
        var shown = Assert.Single(listed!.AsArray(), t => t.Str("id") == tenant.ToString());
        Assert.Equal(shown!.ToJsonString(), changed!.ToJsonString());
        Assert.Equal("starter", shown.Str("plan"));
        Assert.DoesNotContain(await bob.ListToolsAsync(cancellationToken: ct), t => t.Name == ProfessionalTool);
        var refused = await Assert.ThrowsAsync<McpProtocolException>(() => bob.CallToolAsync(ProfessionalTool, cancellationToken: ct).AsTask());
        Assert.Contains($"Unknown tool '{ProfessionalTool}'", refused.Message, StringComparison.Ordinal);
        Assert.Equal("10000", (await h.Client.GetAsync("/api/keys", apiKey: key)).Response.Headers.GetValues("X-RateLimit-Limit").Single());
        var (_, audit, _) = await h.Client.GetAsync("/admin/audit?action=tenant.plan_changed", root);
        var recorded = Assert.Single(audit!["events"]!.AsArray());
        Assert.Equal((tenant.ToString(), "from=professional to=starter"), (recorded.Str("tenant_id"), recorded.Str("details")));

        Assert.Equal(HttpStatusCode.OK, (await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/plan", new { plan = "enterprise" }, root)).Status);
        Assert.Contains(await bob.ListToolsAsync(cancellationToken: ct), t => t.Name == ProfessionalTool);
        Assert.Equal("100000", (await h.Client.GetAsync("/api/keys", apiKey: key)).Response.Headers.GetValues("X-RateLimit-Limit").Single());
    }

    [Fact]
    public async Task SetPlan_LoweringIt_ShowsEveryKeyAtTheTierItNowActsWith()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        await h.AddUserToTenantAsync(tenant, "bob@b.example", UserRole.User);
        var token = (await h.LoginAsync("bob@b.example")).Str("access_token");
        await h.CreateKeyAsync(token, "laptop", tier: "professional");
        var (registered, _, _) = await h.Client.PostAsync("/a2a/register", new { name = "coach", tier = "professional", capabilities = new[] { "data" } }, token);
        Assert.Equal(HttpStatusCode.Created, registered);

        Assert.Equal(HttpStatusCode.OK, (await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/plan", new { plan = "starter" }, root)).Status);

        var (_, keys, _) = await h.Client.GetAsync("/api/keys", token);
        var (_, dashboard, _) = await h.Client.GetAsync("/api/dashboard", token);
        var (_, agents, _) = await h.Client.GetAsync("/a2a/clients", token);
        Assert.All(keys!.AsArray(), k => Assert.Equal(("starter", "10000"), (k.Str("tier"), k!["monthly_limit"]!.ToJsonString())));
        Assert.All(dashboard!["api_keys"]!.AsArray(), k => Assert.Equal("starter", k.Str("tier")));
        Assert.Equal("starter", Assert.Single(agents!.AsArray()).Str("tier"));
    }

    [Fact]
    public async Task SetPlan_LoweringIt_StartsTheKeysBurstWindowAtTheLowerTier()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_TIER_STARTER_BURST_PER_MINUTE"] = "3" });
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        await h.AddUserToTenantAsync(tenant, "bob@b.example", UserRole.User);
        var key = await h.CreateKeyAsync((await h.LoginAsync("bob@b.example")).Str("access_token"));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", apiKey: key)).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/plan", new { plan = "starter" }, root)).Status);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await h.Client.GetAsync("/api/keys", apiKey: key)).Status);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task SetPlan_LoweringIt_HoldsAnOpenTcpConnectionToTheLowerTier()
    {
        var (h, port, key, _) = await TcpMcpServer.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_TIER_STARTER_BURST_PER_MINUTE"] = "2" });
        await using var _ = h;
        var root = await h.SuperAdminTokenAsync();
        using var tcp = await TcpMcpServer.InitializedAsync(port, key);
        var id = 10;
        async Task<string> CallAsync()
        {
            var answer = await tcp.RequestAsync(id++, "tools/call", TcpMcpServer.Call("get_connection_status"));
            return answer["result"]!["isError"]?.GetValue<bool>() == true ? answer["result"]!["content"]![0]!.Str("text") : "ok";
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("ok", await CallAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{await h.DefaultTenantAsync()}/plan", new { plan = "starter" }, root)).Status);

        Assert.Equal(["ok", "ok"], [await CallAsync(), await CallAsync()]);
        Assert.StartsWith("Too many calls: the starter tier allows 2 a minute", await CallAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetPlan_NeedsManageTenants_AndALiveCredential()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);
        await h.AddUserToTenantAsync(tenant, "admin@b.example", UserRole.Admin);
        var tenantAdmin = (await h.LoginAsync("admin@b.example")).Str("access_token");
        await h.AddUserToTenantAsync(tenant, "bob@b.example", UserRole.User);
        var bob = (await h.LoginAsync("bob@b.example")).Str("access_token");
        var agent = await A2ATestClient.RegisterAgentAsync(h, bob, "data");
        var (usersToken, _) = await AdminTokenAsync(h, root, "manage_users");
        var (tenantsToken, tenantsTokenId) = await AdminTokenAsync(h, root, "manage_tenants");
        var (revoked, revokedId) = await AdminTokenAsync(h, root, "manage_tenants");
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/admin/tokens/{revokedId}", bearer: root)).Status);
        var (expired, expiredId) = await AdminTokenAsync(h, root, "manage_tenants");
        await h.DbAsync(db => db.AdminTokens.Where(t => t.Id == expiredId).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.ExpiresAt, DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc)), TestContext.Current.CancellationToken));

        async Task<HttpStatusCode> SetAsync(string plan, string? bearer = null, string? apiKey = null) =>
            (await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/plan", new { plan }, bearer, apiKey)).Status;

        Assert.Equal(HttpStatusCode.Forbidden, await SetAsync("enterprise", tenantAdmin));
        Assert.Equal(HttpStatusCode.Forbidden, await SetAsync("enterprise", usersToken));
        Assert.Equal(HttpStatusCode.Forbidden, await SetAsync("enterprise", bob));
        Assert.Equal(HttpStatusCode.Forbidden, await SetAsync("enterprise", apiKey: agent.Key));
        Assert.Equal(HttpStatusCode.Unauthorized, await SetAsync("enterprise", revoked));
        Assert.Equal(HttpStatusCode.Unauthorized, await SetAsync("enterprise", expired));
        Assert.Equal(HttpStatusCode.Unauthorized, await SetAsync("enterprise"));
        Assert.Equal(TenantPlan.Professional, await PlanAsync(h, tenant));
        Assert.False(await h.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "tenant.plan_changed", TestContext.Current.CancellationToken)));

        Assert.Equal(HttpStatusCode.OK, await SetAsync("enterprise", tenantsToken));
        Assert.Equal(TenantPlan.Enterprise, await PlanAsync(h, tenant));
        var actor = await h.DbAsync(db => db.AuditEvents.Where(e => e.Action == "tenant.plan_changed").Select(e => e.ActorAdminTokenId).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(tenantsTokenId, actor);
    }

    [Theory]
    [InlineData("platinum")]
    [InlineData("2")]
    [InlineData("")]
    [InlineData(null)]
    public async Task SetPlan_ToAnUnknownPlan_Is400ListingThePlans_AndChangesNothing(string? plan)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var tenant = await h.CreateTenantAsync("club-b", root);

        var (status, body, _) = await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenant}/plan", new { plan }, root);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("plan must be one of starter, professional, enterprise", body.Str("detail"));
        Assert.Equal(TenantPlan.Professional, await PlanAsync(h, tenant));
        Assert.False(await h.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "tenant.plan_changed", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task SetPlan_OfAnUnknownTenant_Is404_AndChangesNothing()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var (_, before, _) = await h.Client.GetAsync("/admin/tenants", root);

        var (status, body, _) = await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{Guid.NewGuid()}/plan", new { plan = "starter" }, root);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("tenant not found", body.Str("detail"));
        Assert.Equal(before!.ToJsonString(), (await h.Client.GetAsync("/admin/tenants", root)).Body!.ToJsonString());
        Assert.False(await h.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "tenant.plan_changed", TestContext.Current.CancellationToken)));
    }

    private static async Task<(string Token, Guid Id)> AdminTokenAsync(IdentityHarness h, string root, string permission)
    {
        var (status, body, _) = await h.Client.PostAsync("/admin/tokens", new { name = $"{permission} bot", permissions = new[] { permission } }, root);
        Assert.Equal(HttpStatusCode.Created, status);
        return (body.Str("token"), Guid.Parse(body.Str("id")));
    }

    private static Task<TenantPlan> PlanAsync(IdentityHarness h, Guid tenant) =>
        h.DbAsync(db => db.Tenants.Where(t => t.Id == tenant).Select(t => t.Plan).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>No shipped tool needs more than the starter plan, so the test gives the server one that needs professional.</summary>
    private static void AddProfessionalTool(IServiceCollection services)
    {
        services.AddSingleton(ProfessionalReportTool.Definition);
        services.AddKeyedScoped<IMcpTool, ProfessionalReportTool>(ProfessionalTool);
    }

    private sealed class ProfessionalReportTool : IMcpTool
    {
        public static readonly ToolDescriptor Definition = new(
            ProfessionalTool, "Professional report", "A report only professional tenants get.", """{"type":"object"}""",
            """{"type":"object"}""", ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, ToolGroup.Analysis, TenantPlan.Professional);

        public ToolDescriptor Descriptor => Definition;

        public Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken) =>
            Task.FromResult(ToolOutcome.Success(new { report = "ready" }));
    }
}
