using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

public sealed class AgentRegistrationTests
{
    private static async Task<(IdentityHarness H, string Token)> StartAsync(string provider)
    {
        var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        return (h, (await h.LoginAsync("ann@example.com")).Str("access_token"));
    }

    private static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> RegisterAsync(IdentityHarness h, string token, object body) =>
        h.Client.PostAsync("/a2a/register", body, token);

    private static async Task<List<JsonObject>> ListAsync(IdentityHarness h, string token)
    {
        var (status, body, _) = await h.Client.GetAsync("/a2a/clients", token);
        Assert.Equal(HttpStatusCode.OK, status);
        return [.. body!.AsArray().Select(a => a!.AsObject())];
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(c => c!.GetValue<string>())];

    private static Task<bool> NothingRegisteredAsync(IdentityHarness h) =>
        h.DbAsync(async db => !await db.A2AAgents.AnyAsync() && !await db.ApiKeys.AnyAsync() && !await db.AuditEvents.AnyAsync(e => e.Action == "a2a_agent.registered"));

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Register_IssuesAKeyOnce_ListedAsTheOwnersKey_AndAudited(string provider)
    {
        var (h, token) = await StartAsync(provider);
        await using var _ = h;

        var (status, body, response) = await RegisterAsync(h, token, new
        {
            name = "coach", description = "plans my week", contact = "ops@example.com", capabilities = new[] { "data", "analysis", " data", "get_stats" },
        });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
        var clientId = Guid.Parse(body.Str("client_id")).ToString();
        Assert.EndsWith($"/a2a/clients/{clientId}", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        var key = body.Str("api_key");
        Assert.StartsWith("pk_", key, StringComparison.Ordinal);
        Assert.StartsWith(body.Str("key_prefix"), key, StringComparison.Ordinal);
        Assert.Equal("enterprise", body.Str("tier"));
        Assert.Equal(["analysis", "data", "get_stats"], Strings(body!["capabilities"]));
        Assert.EndsWith("/.well-known/agent-card.json", body.Str("agent_card_url"), StringComparison.Ordinal);
        Assert.EndsWith("/a2a", body.Str("endpoint"), StringComparison.Ordinal);

        var (_, keys, _) = await h.Client.GetAsync("/api/keys", token);
        var listed = Assert.Single(keys!.AsArray());
        Assert.Equal("A2A agent: coach", listed.Str("name"));
        Assert.Equal(body.Str("key_prefix"), listed.Str("key_prefix"));
        Assert.DoesNotContain(key, keys.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "a2a_agent.registered" && e.TargetId == clientId)));
        Assert.Equal(clientId, (await h.DbAsync(db => db.A2AAgents.SingleAsync())).Id.ToString());
    }

    public static TheoryData<string, string> InvalidRequests => new()
    {
        { """{"capabilities":["data"]}""", "name" },
        { """{"name":"   ","capabilities":["data"]}""", "name" },
        { $$"""{"name":"{{new string('n', 101)}}","capabilities":["data"]}""", "name" },
        { """{"name":"coach"}""", "capabilities" },
        { """{"name":"coach","capabilities":[]}""", "capabilities" },
        { """{"name":"coach","capabilities":["data","teleport"]}""", "teleport" },
        { $$"""{"name":"coach","description":"{{new string('d', 1001)}}","capabilities":["data"]}""", "description" },
        { """{"name":"coach","capabilities":["data"],"expires_in_days":0}""", "expires_in_days" },
    };

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public async Task Register_InvalidRequest_Is400NamingTheProblem_AndCreatesNothing(string request, string named)
    {
        var (h, token) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;

        var (status, body, _) = await RegisterAsync(h, token, JsonNode.Parse(request)!);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, body.Str("detail"), StringComparison.Ordinal);
        Assert.True(await NothingRegisteredAsync(h));
    }

    [Fact]
    public async Task Register_Tier_IsBoundedByTheOwnersPlan()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var root = await h.SuperAdminTokenAsync();
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club", slug = "club", plan = "starter" }, root);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "member@club.example", UserRole.User);
        var token = (await h.LoginAsync("member@club.example")).Str("access_token");

        var (above, refused, _) = await RegisterAsync(h, token, new { name = "greedy", capabilities = new[] { "data" }, tier = "professional" });
        Assert.Equal(HttpStatusCode.Forbidden, above);
        Assert.Contains("starter", refused.Str("detail"), StringComparison.Ordinal);
        Assert.False(await h.DbAsync(db => db.A2AAgents.AnyAsync()));
        Assert.False(await h.DbAsync(db => db.ApiKeys.AnyAsync(k => k.Name.StartsWith("A2A agent: "))));

        var (below, created, _) = await RegisterAsync(h, token, new { name = "modest", capabilities = new[] { "data" }, tier = "trial" });
        Assert.Equal(HttpStatusCode.Created, below);
        Assert.Equal("trial", created.Str("tier"));
        Assert.StartsWith("pk_trial_", created.Str("api_key"), StringComparison.Ordinal);
        Assert.Equal(ApiKeyTier.Trial, (await h.DbAsync(db => db.ApiKeys.SingleAsync(k => k.Name == "A2A agent: modest"))).Tier);
        Assert.Equal("trial", Assert.Single(await ListAsync(h, token)).Str("tier"));
    }

    [Fact]
    public async Task Register_AToolTheTenantTurnedOff_CannotBeGranted_AndASkillLeavesItOut()
    {
        var (h, token) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var root = await h.SuperAdminTokenAsync();
        var tenantId = await h.DbAsync(db => db.Users.Where(u => u.Email == "ann@example.com").Select(u => u.TenantId).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, (await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenantId}/tools/get_stats", new { enabled = false }, root)).Status);

        var (status, body, _) = await RegisterAsync(h, token, new { name = "stats", capabilities = new[] { "get_stats" } });

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("get_stats", body.Str("detail"), StringComparison.Ordinal);
        Assert.False(await h.DbAsync(db => db.A2AAgents.AnyAsync()));
        Assert.False(await h.DbAsync(db => db.ApiKeys.AnyAsync()));

        var agent = await A2ATestClient.RegisterAgentAsync(h, token, "data");
        var names = (await A2ATestClient.ToolsAsync(h.Client, agent.Key)).Select(t => t.Str("name")).ToList();
        Assert.Contains("get_activities", names);
        Assert.DoesNotContain("get_stats", names);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task List_ShowsOnlyTheCallersAgents_AndCountsTheirRequests(string provider)
    {
        var (h, annToken) = await StartAsync(provider);
        await using var _ = h;
        var first = await A2ATestClient.RegisterAgentAsync(h, annToken, "connections", "data");
        await RegisterAsync(h, annToken, new { name = "second", capabilities = new[] { "goals" }, tier = "starter" });
        var bob = await A2ATestClient.RegisterUserAndAgentAsync(h, "bob@example.com", "analysis");
        var root = await h.SuperAdminTokenAsync();
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Other", slug = "other", plan = "enterprise" }, root);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "carol@other.example", UserRole.User);
        var carolToken = (await h.LoginAsync("carol@other.example")).Str("access_token");

        var anns = await ListAsync(h, annToken);
        Assert.Equal(["test-agent", "second"], anns.Select(a => a.Str("name")));
        Assert.Equal(first.ClientId, anns[0].Str("client_id"));
        Assert.Equal(["connections", "data"], Strings(anns[0]["capabilities"]));
        Assert.Equal(["goals"], Strings(anns[1]["capabilities"]));
        Assert.StartsWith(anns[0].Str("key_prefix"), first.Key, StringComparison.Ordinal);
        Assert.Equal(["enterprise", "starter"], anns.Select(a => a.Str("tier")));
        Assert.All(anns, a => Assert.Equal(0, a["requests_this_month"]!.GetValue<int>()));
        Assert.All(anns, a => Assert.Null(a["revoked_at"]));
        Assert.Equal([bob.ClientId], (await ListAsync(h, bob.UserToken)).Select(a => a.Str("client_id")));
        Assert.Empty(await ListAsync(h, carolToken));

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("TASK_STATE_COMPLETED", await A2ATestClient.SendStateAsync(h.Client, first.Key, "get_connection_status"));
        }

        var counted = 0;
        for (var i = 0; i < 100 && counted < 3; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            counted = (await ListAsync(h, annToken))[0]["requests_this_month"]!.GetValue<int>();
        }

        Assert.Equal(3, counted);
        Assert.Equal(0, (await ListAsync(h, annToken))[1]["requests_this_month"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SetCapabilities_NarrowsWhatTheAgentMayCall_AtOnce(string provider)
    {
        var (h, annToken) = await StartAsync(provider);
        await using var _ = h;
        var agent = await A2ATestClient.RegisterAgentAsync(h, annToken, "data");
        var bob = await A2ATestClient.RegisterUserAndAgentAsync(h, "bob@example.com", "analysis");
        Assert.Contains("get_activities", (await A2ATestClient.ToolsAsync(h.Client, agent.Key)).Select(t => t.Str("name")));

        var (status, body, _) = await h.Client.SendAsync(HttpMethod.Put, $"/a2a/clients/{agent.ClientId}/capabilities", new { capabilities = new[] { "analysis" } }, annToken);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["analysis"], Strings(body!["capabilities"]));
        var names = (await A2ATestClient.ToolsAsync(h.Client, agent.Key)).Select(t => t.Str("name")).ToList();
        Assert.DoesNotContain("get_activities", names);
        Assert.Contains("analyze_training_load", names);
        Assert.Equal("TASK_STATE_REJECTED", await A2ATestClient.SendStateAsync(h.Client, agent.Key, "get_activities"));
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "a2a_agent.capabilities_changed" && e.TargetId == agent.ClientId)));

        var (othersStatus, _, _) = await h.Client.SendAsync(HttpMethod.Put, $"/a2a/clients/{bob.ClientId}/capabilities", new { capabilities = new[] { "data" } }, annToken);
        Assert.Equal(HttpStatusCode.NotFound, othersStatus);
        Assert.Equal(["analysis"], Strings((await ListAsync(h, bob.UserToken)).Single()["capabilities"]));
        Assert.DoesNotContain("get_activities", (await A2ATestClient.ToolsAsync(h.Client, bob.Key)).Select(t => t.Str("name")));
        Assert.Equal(HttpStatusCode.NotFound,
            (await h.Client.SendAsync(HttpMethod.Put, $"/a2a/clients/{Guid.NewGuid()}/capabilities", new { capabilities = new[] { "data" } }, annToken)).Status);

        var (unknownStatus, unknown, _) = await h.Client.SendAsync(HttpMethod.Put, $"/a2a/clients/{agent.ClientId}/capabilities", new { capabilities = new[] { "warp" } }, annToken);
        Assert.Equal(HttpStatusCode.BadRequest, unknownStatus);
        Assert.Contains("warp", unknown.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(["analysis"], Strings((await ListAsync(h, annToken)).Single()["capabilities"]));
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "a2a_agent.capabilities_changed")));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Revoke_EndsTheAgentsKeyOnA2AAndMcp_AndOnlyTheOwnerMayRevoke(string provider)
    {
        var (h, annToken) = await StartAsync(provider);
        await using var _ = h;
        var agent = await A2ATestClient.RegisterAgentAsync(h, annToken, "connections");
        var bob = await A2ATestClient.RegisterUserAndAgentAsync(h, "bob@example.com", "connections");
        Assert.Equal("TASK_STATE_COMPLETED", await A2ATestClient.SendStateAsync(h.Client, agent.Key, "get_connection_status"));

        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.SendAsync(HttpMethod.Delete, $"/a2a/clients/{agent.ClientId}", bearer: bob.UserToken)).Status);
        Assert.Equal("TASK_STATE_COMPLETED", await A2ATestClient.SendStateAsync(h.Client, agent.Key, "get_connection_status"));

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/a2a/clients/{agent.ClientId}", bearer: annToken)).Status);

        var (a2aStatus, _) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        Assert.Equal(HttpStatusCode.Unauthorized, a2aStatus);
        Assert.Equal(HttpStatusCode.Unauthorized, await A2ATestClient.McpStatusAsync(h.Client, agent.Key));
        Assert.NotNull(Assert.Single(await ListAsync(h, annToken))["revoked_at"]);
        Assert.NotNull(Assert.Single((await h.Client.GetAsync("/api/keys", annToken)).Body!.AsArray())!["revoked_at"]);
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/a2a/clients/{agent.ClientId}", bearer: annToken)).Status);
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "a2a_agent.revoked" && e.TargetId == agent.ClientId)));
        var (revived, _, _) = await h.Client.SendAsync(HttpMethod.Put, $"/a2a/clients/{agent.ClientId}/capabilities", new { capabilities = new[] { "data" } }, annToken);
        Assert.Equal(HttpStatusCode.Conflict, revived);
        Assert.Equal(HttpStatusCode.Unauthorized, (await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"))).Status);
        Assert.Equal("TASK_STATE_COMPLETED", await A2ATestClient.SendStateAsync(h.Client, bob.Key, "get_connection_status"));
        Assert.Null(Assert.Single(await ListAsync(h, bob.UserToken))["revoked_at"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RevokingTheAgentsKeyUnderApiKeys_RevokesTheAgent(string provider)
    {
        var (h, annToken) = await StartAsync(provider);
        await using var _ = h;
        var agent = await A2ATestClient.RegisterAgentAsync(h, annToken, "connections");
        var keyId = (await h.Client.GetAsync("/api/keys", annToken)).Body!.AsArray().Single()!.Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{keyId}", bearer: annToken)).Status);

        Assert.NotNull(Assert.Single(await ListAsync(h, annToken))["revoked_at"]);
        var (changed, _, _) = await h.Client.SendAsync(HttpMethod.Put, $"/a2a/clients/{agent.ClientId}/capabilities", new { capabilities = new[] { "data" } }, annToken);
        Assert.Equal(HttpStatusCode.Conflict, changed);
        Assert.Equal(HttpStatusCode.Unauthorized, (await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"))).Status);
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "a2a_agent.revoked" && e.TargetId == agent.ClientId)));
    }
}
