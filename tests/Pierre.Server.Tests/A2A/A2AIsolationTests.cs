using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

/// <summary>An agent's tasks are its own, its capabilities bound what it may run, and its key's quota bounds how often.</summary>
public sealed class A2AIsolationTests
{
    private static readonly string[] Tiers = ["TRIAL", "STARTER", "PROFESSIONAL", "ENTERPRISE"];

    private static Dictionary<string, string> EveryTier(string setting, string value) =>
        Tiers.ToDictionary(t => $"PIERRE_TIER_{t}_{setting}", _ => value);

    /// <summary>Everyone who is not agent A: A's sibling agent, A's owner's own key, a colleague, and a user of another tenant.</summary>
    private static async Task<Dictionary<string, string>> AttackersAsync(IdentityHarness h, A2ATestClient.Agent agent)
    {
        var root = await h.SuperAdminTokenAsync();
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club B", slug = "club-b", plan = "professional" }, root);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "carl@club-b.example", UserRole.User);
        await h.RegisterAsync("bob@example.com");
        return new Dictionary<string, string>
        {
            ["sibling agent"] = (await A2ATestClient.RegisterAgentAsync(h, agent.UserToken, "connections", "data", "analysis")).Key,
            ["owner's own key"] = await h.CreateKeyAsync(agent.UserToken, "ann's own"),
            ["same tenant"] = await h.CreateKeyAsync((await h.LoginAsync("bob@example.com")).Str("access_token"), "bob's"),
            ["other tenant"] = await h.CreateKeyAsync((await h.LoginAsync("carl@club-b.example")).Str("access_token"), "carl's"),
        };
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AnotherCallersView_OfAnAgentsTasks_IsTaskNotFound_AndLeavesThemAlone(string provider)
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(provider);
        await using var _ = h;
        var (_, done) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        var completedId = A2ATestClient.TaskOf(done)!["id"]!.GetValue<string>();
        var gate = new TaskCompletionSource();
        trailmark.Gate = gate.Task;
        var (_, started) = await A2ATestClient.RpcAsync(
            h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_activities", new { provider = FakeFitnessProvider.ProviderName }, new { returnImmediately = true }));
        var workingId = A2ATestClient.TaskOf(started)!["id"]!.GetValue<string>();
        await A2ATestClient.WaitForStateAsync(h.Client, agent.Key, workingId, "TASK_STATE_WORKING");
        var (_, before) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = completedId });

        foreach (var (who, key) in await AttackersAsync(h, agent))
        {
            foreach (var id in new[] { completedId, workingId })
            {
                foreach (var (method, version) in new[] { ("GetTask", "1.0"), ("CancelTask", "1.0"), ("SubscribeToTask", "1.0"), ("tasks/get", null), ("tasks/cancel", null), ("tasks/resubscribe", null) })
                {
                    var (status, answer) = await A2ATestClient.RpcAsync(h.Client, key, method, new { id }, version);
                    Assert.True(status == HttpStatusCode.OK && A2ATestClient.ErrorCode(answer) == -32001, $"{who} {method} {id}: {status} {answer?.ToJsonString()}");
                }
            }

            var (_, listed) = await A2ATestClient.RpcAsync(h.Client, key, "ListTasks", new { });
            var ids = listed!["result"]!["tasks"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ToList();
            Assert.True(!ids.Contains(completedId) && !ids.Contains(workingId), $"{who} lists {string.Join(", ", ids)}");
        }

        var (_, after) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = completedId });
        Assert.True(JsonNode.DeepEquals(before, after), $"{before?.ToJsonString()} became {after?.ToJsonString()}");
        Assert.Equal("TASK_STATE_WORKING", A2ATestClient.StateOf((await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = workingId })).Body));
        gate.SetResult();
        await A2ATestClient.WaitForStateAsync(h.Client, agent.Key, workingId, "TASK_STATE_COMPLETED");
        var (_, own) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { });
        Assert.Equal(3, own!["result"]!["totalSize"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TheOwnersOwnKey_SeesItsOwnTasks_AndNotItsAgents_NorTheAgentItsKeys(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "connections");
        var ownKey = await h.CreateKeyAsync(agent.UserToken, "ann's own");
        var (_, byAgent) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        var (_, byOwner) = await A2ATestClient.RpcAsync(h.Client, ownKey, "SendMessage", A2ATestClient.Message("get_connection_status"));
        var (agentTask, ownerTask) = (A2ATestClient.TaskOf(byAgent)!["id"]!.GetValue<string>(), A2ATestClient.TaskOf(byOwner)!["id"]!.GetValue<string>());

        var (_, ownerList) = await A2ATestClient.RpcAsync(h.Client, ownKey, "ListTasks", new { });
        var (_, agentList) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { });

        Assert.Equal([ownerTask], ownerList!["result"]!["tasks"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal([agentTask], agentList!["result"]!["tasks"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()));
        Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf((await A2ATestClient.RpcAsync(h.Client, ownKey, "GetTask", new { id = ownerTask })).Body));
        Assert.Equal(-32001, A2ATestClient.ErrorCode((await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = ownerTask })).Body));
        Assert.Equal(-32001, A2ATestClient.ErrorCode((await A2ATestClient.RpcAsync(h.Client, ownKey, "GetTask", new { id = agentTask })).Body));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ANarrowedAgent_IsRejectedAtOnce_AndARevokedOneIsRefused(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "connections", "data");
        var (_, allowed) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf(allowed));

        var (narrowed, _, _) = await h.Client.SendAsync(HttpMethod.Put, $"/a2a/clients/{agent.ClientId}/capabilities", new { capabilities = new[] { "data" } }, agent.UserToken);
        var (_, refused) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        var (revoked, _, _) = await h.Client.SendAsync(HttpMethod.Delete, $"/a2a/clients/{agent.ClientId}", bearer: agent.UserToken);
        var rows = await A2ATestClient.TaskRowsAsync(h);
        var (afterRevoke, _) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = A2ATestClient.TaskOf(allowed)!["id"]!.GetValue<string>() });
        var (sendAfterRevoke, _) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_activities"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NoContent), (narrowed, revoked));
        Assert.Equal("TASK_STATE_REJECTED", A2ATestClient.StateOf(refused));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (afterRevoke, sendAfterRevoke));
        Assert.Equal(rows, await A2ATestClient.TaskRowsAsync(h));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AnAgentWithOnlyData_AskingForAnotherSkillsTool_IsRejected_AndTheToolDoesNotRun(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "data");

        var (_, connect) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("connect_provider", new { provider = "synthetic" }));
        var (_, analyze) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "message/send", A2ATestClient.MessageV03("analyze_training_load"), version: null);
        var (_, streamed) = await A2ATestClient.StreamAsync(h.Client, agent.Key, "SendStreamingMessage", A2ATestClient.Message("connect_provider", new { provider = "synthetic" }));

        foreach (var (answer, tool, rejected) in new[] { (A2ATestClient.TaskOf(connect), "connect_provider", "TASK_STATE_REJECTED"), (A2ATestClient.TaskOf(analyze), "analyze_training_load", "rejected") })
        {
            Assert.Equal(rejected, answer!["status"]!["state"]!.GetValue<string>());
            Assert.Null(answer["artifacts"]);
            var text = answer["status"]!["message"]!["parts"]![0]!["text"]!.GetValue<string>();
            Assert.Contains($"'{tool}' is not a tool this caller may use", text, StringComparison.Ordinal);
            Assert.Contains("data (get_activities", text, StringComparison.Ordinal);
            Assert.DoesNotContain("connections (", text, StringComparison.Ordinal);
        }

        Assert.Equal(["task", "statusUpdate"], streamed.Select(e => e["result"]!.AsObject().Single().Key));
        Assert.Equal("TASK_STATE_REJECTED", streamed[^1]["result"]!["statusUpdate"]!["status"]!["state"]!.GetValue<string>());
        Assert.Equal(0, await h.DbAsync(db => db.ProviderConnections.CountAsync()));
        var rows = await h.DbAsync(db => db.A2ATasks.ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal((A2ATaskState.Rejected, null, null), (r.State, r.ResultText, r.ResultJson)));
        await using var owner = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync(agent.UserToken));
        var status = await owner.CallToolAsync("get_connection_status", cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain("\"connected\":true", status.StructuredContent!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AnAgentPastItsMonthlyQuota_Is429WithRetryAfter_AndNoTaskIsWritten(string provider)
    {
        var settings = EveryTier("MONTHLY", "3");
        settings["AUTO_APPROVE_USERS"] = "true";
        await using var h = await IdentityHarness.StartAsync(provider, settings);
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "connections");

        for (var i = 0; i < 3; i++)
        {
            var (status, answer) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
            Assert.True(status == HttpStatusCode.OK && A2ATestClient.StateOf(answer) == "TASK_STATE_COMPLETED", $"call {i + 1}: {status} {answer?.ToJsonString()}");
        }

        await AssertRefusedAsync(h, agent.Key, 3, "monthly quota of 3");
    }

    [Fact]
    public async Task AnAgentOverItsBurst_Is429WithRetryAfter_AndNoTaskIsWritten()
    {
        var settings = EveryTier("BURST_PER_MINUTE", "2");
        settings["AUTO_APPROVE_USERS"] = "true";
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, settings);
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "connections");

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf((await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"))).Body));
        }

        await AssertRefusedAsync(h, agent.Key, 2, "Retry-After");
    }

    private static async Task AssertRefusedAsync(IdentityHarness h, string key, int tasks, string detail)
    {
        using var request = A2ATestClient.Request(key, A2ATestClient.Envelope("SendMessage", A2ATestClient.Message("get_connection_status")), "1.0", stream: false);
        using var response = await h.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Contains(detail, body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(tasks, await A2ATestClient.TaskRowsAsync(h));
    }
}
