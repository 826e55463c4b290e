using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using Pierre.Server.Auth;
using Pierre.Server.Mcp;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

/// <summary>What an agent's key can reach, seen from an attacker holding it, and when its owner's standing ends it.</summary>
public sealed class AgentAccessTests
{
    private static List<string> Expected(IdentityHarness h, params string[] capabilities)
    {
        var catalog = h.App.Services.GetRequiredService<ToolCatalog>();
        return [.. catalog.Names.Where(n => capabilities.Contains(n) || capabilities.Contains(ToolGroupInfo.Of(catalog.ByName[n].Group).Id))];
    }

    [Fact]
    public async Task AgentKey_OnEveryRouteButTools_Is403_EvenForASuperAdminsAgent_AndChangesNothing()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var agent = await A2ATestClient.RegisterAgentAsync(h, root, "data");
        var keyId = await h.DbAsync(db => db.ApiKeys.Select(k => k.Id).SingleAsync());
        var tenantId = await h.DbAsync(db => db.Tenants.Select(t => t.Id).SingleAsync());
        var everything = new[] { "connections", "data", "analysis", "goals", "configuration", "recovery", "nutrition" };
        (HttpMethod Method, string Path, object? Body)[] routes =
        [
            (HttpMethod.Post, "/api/keys", new { name = "escalate" }),
            (HttpMethod.Get, "/api/keys", null),
            (HttpMethod.Delete, $"/api/keys/{keyId}", null),
            (HttpMethod.Post, "/a2a/register", new { name = "clone", capabilities = everything }),
            (HttpMethod.Get, "/a2a/clients", null),
            (HttpMethod.Put, $"/a2a/clients/{agent.ClientId}/capabilities", new { capabilities = everything }),
            (HttpMethod.Delete, $"/a2a/clients/{agent.ClientId}", null),
            (HttpMethod.Post, "/api/auth/logout", new { }),
            (HttpMethod.Post, "/api/auth/password", new { current_password = "root password 1", new_password = "taken over 123" }),
            (HttpMethod.Get, "/api/oauth/providers", null),
            (HttpMethod.Get, "/admin/users", null),
            (HttpMethod.Post, "/admin/tenants", new { name = "Mine", slug = "mine", plan = "enterprise" }),
            (HttpMethod.Put, $"/admin/tenants/{tenantId}/tools/get_stats", new { enabled = false }),
        ];

        foreach (var (method, path, body) in routes)
        {
            var (byHeader, refused, _) = await h.Client.SendAsync(method, path, body, apiKey: agent.Key);
            var (byBearer, _, _) = await h.Client.SendAsync(method, path, body, bearer: agent.Key);
            Assert.True(byHeader == HttpStatusCode.Forbidden, $"{method} {path} with X-API-Key: {byHeader} {refused?.ToJsonString()}");
            Assert.True(byBearer == HttpStatusCode.Forbidden, $"{method} {path} with Bearer: {byBearer}");
            Assert.Contains("A2A agent", refused.Str("detail"), StringComparison.Ordinal);
        }

        var key = await h.DbAsync(db => db.ApiKeys.SingleAsync());
        Assert.Null(key.RevokedAt);
        var stored = await h.DbAsync(db => db.A2AAgents.SingleAsync());
        Assert.Equal(("data", null), (stored.Capabilities, stored.RevokedAt));
        Assert.Equal(1, await h.DbAsync(db => db.Tenants.CountAsync()));
        Assert.False(await h.DbAsync(db => db.TenantToolOverrides.AnyAsync()));
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", root)).Status);
        await h.LoginAsync("root@example.com", "root password 1");
        Assert.Equal(Expected(h, "data"), (await A2ATestClient.ToolsAsync(h.Client, agent.Key)).Select(t => t.Str("name")));
    }

    [Fact]
    public async Task AgentKey_OnMcp_ListsAndCallsOnlyItsCapabilities()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "data", "get_connection_status");
        await using var client = await McpTestClient.ConnectAsync(h.App, agent.Key);
        var ct = TestContext.Current.CancellationToken;

        var tools = await client.ListToolsAsync(cancellationToken: ct);

        Assert.Equal(Expected(h, "data", "get_connection_status"), tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.NotEqual(true, (await client.CallToolAsync("get_connection_status", new Dictionary<string, object?>(), cancellationToken: ct)).IsError);
        foreach (var outside in new[] { "analyze_training_load", "connect_provider", "update_user_configuration" })
        {
            var error = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync(outside, new Dictionary<string, object?>(), cancellationToken: ct).AsTask());
            Assert.Contains($"Unknown tool '{outside}'", error.Message, StringComparison.Ordinal);
        }

        Assert.False(await h.DbAsync(db => db.ProviderConnections.AnyAsync(ct)));
    }

    [Fact]
    public async Task A2ATools_ListsTheAgentsTools_TheOwnersFullSet_AndNothingWithoutCredentials()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "recovery", "get_athlete");
        var ownKey = await h.CreateKeyAsync(agent.UserToken, "own");
        var catalog = h.App.Services.GetRequiredService<ToolCatalog>();

        var agents = await A2ATestClient.ToolsAsync(h.Client, agent.Key);
        var owners = await A2ATestClient.ToolsAsync(h.Client, ownKey);
        var (_, agentsByBearer, _) = await h.Client.SendAsync(HttpMethod.Post, "/a2a/tools", new { }, bearer: agent.Key);
        var (_, ownersByToken, _) = await h.Client.SendAsync(HttpMethod.Post, "/a2a/tools", new { }, bearer: agent.UserToken);
        var (anonymous, _, _) = await h.Client.SendAsync(HttpMethod.Post, "/a2a/tools", new { });

        Assert.Equal(Expected(h, "recovery", "get_athlete"), agents.Select(t => t.Str("name")).Order(StringComparer.Ordinal));
        Assert.All(agents, t =>
        {
            Assert.Equal(ToolGroupInfo.Of(catalog.ByName[t.Str("name")].Group).Id, t.Str("skill"));
            Assert.Equal("object", t["input_schema"]!["type"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(t.Str("description")));
        });
        Assert.Equal(agents.Select(t => t.Str("name")), agentsByBearer!["tools"]!.AsArray().Select(t => t.Str("name")));
        Assert.Equal(catalog.Names, owners.Select(t => t.Str("name")).Order(StringComparer.Ordinal));
        Assert.Equal(catalog.Names, ownersByToken!["tools"]!.AsArray().Select(t => t.Str("name")).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous);
    }

    [Fact]
    public async Task PendingOwner_CannotRegisterAnAgent_UntilApproved()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var annId = await h.RegisterAsync("ann@example.com");
        var ann = await h.DbAsync(db => db.Users.SingleAsync(u => u.Email == "ann@example.com"));
        var token = h.Scoped(sp => sp.GetRequiredService<AuthManager>().Issue(ann, Guid.NewGuid()));
        var request = new { name = "early", capabilities = new[] { "data" } };

        var (status, body, _) = await h.Client.PostAsync("/a2a/register", request, token);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("approve", body.Str("detail"), StringComparison.Ordinal);
        Assert.False(await h.DbAsync(db => db.A2AAgents.AnyAsync()));
        Assert.False(await h.DbAsync(db => db.ApiKeys.AnyAsync()));

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{annId}/approve", null, root)).Status);
        Assert.Equal(HttpStatusCode.Created, (await h.Client.PostAsync("/a2a/register", request, token)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SuspendedOwner_CannotRegister_AndTheirAgentsKeyRunsNothing(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var (token, annId) = await h.ActiveUserAsync("ann@example.com", root);
        var agent = await A2ATestClient.RegisterAgentAsync(h, token, "connections");
        Assert.Equal("TASK_STATE_COMPLETED", await A2ATestClient.SendStateAsync(h.Client, agent.Key, "get_connection_status"));

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{annId}/suspend", null, root)).Status);

        var (a2a, answer) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        Assert.True(a2a is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"/a2a: {a2a} {answer?.ToJsonString()}");
        Assert.Equal(1, await h.DbAsync(db => db.A2ATasks.CountAsync()));
        var (tools, _, _) = await h.Client.SendAsync(HttpMethod.Post, "/a2a/tools", new { }, apiKey: agent.Key);
        Assert.True(tools is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"/a2a/tools: {tools}");
        var mcp = await A2ATestClient.McpStatusAsync(h.Client, agent.Key);
        Assert.True(mcp is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"/mcp: {mcp}");
        var (register, _, _) = await h.Client.PostAsync("/a2a/register", new { name = "another", capabilities = new[] { "data" } }, token);
        Assert.Equal(HttpStatusCode.Forbidden, register);
        Assert.Equal(1, await h.DbAsync(db => db.A2AAgents.CountAsync()));
    }

    [Fact]
    public async Task ExpiredAgentKey_IsRefused_OnA2AAndMcp()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var (status, registered, _) = await h.Client.PostAsync("/a2a/register", new { name = "brief", capabilities = new[] { "connections" }, expires_in_days = 1 }, token);
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.NotNull(registered!["expires_at"]);
        var key = registered.Str("api_key");
        Assert.Equal("TASK_STATE_COMPLETED", await A2ATestClient.SendStateAsync(h.Client, key, "get_connection_status"));

        await h.DbAsync(db => db.ApiKeys.ExecuteUpdateAsync(u => u.SetProperty(k => k.ExpiresAt, k => (DateTime?)k.CreatedAt)));

        // The live state of a credential is cached for LiveCredentials.Lifetime; another replica's change is seen after it.
        var (refused, body) = (HttpStatusCode.OK, (System.Text.Json.Nodes.JsonNode?)null);
        for (var i = 0; i < 40 && refused == HttpStatusCode.OK; i++)
        {
            await Task.Delay(250, TestContext.Current.CancellationToken);
            (refused, body) = await A2ATestClient.RpcAsync(h.Client, key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, refused);
        Assert.Contains("expired", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, await A2ATestClient.McpStatusAsync(h.Client, key));
    }
}
