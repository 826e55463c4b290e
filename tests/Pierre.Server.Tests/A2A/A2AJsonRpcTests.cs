using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

/// <summary>Each JSON-RPC method of <c>/a2a</c> in both protocol versions, against a real server and database.</summary>
public sealed class A2AJsonRpcTests
{
    private static async Task<(IdentityHarness H, A2ATestClient.Agent Agent)> StartAsync(string provider, params string[] capabilities)
    {
        var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", capabilities.Length == 0 ? ["connections", "data", "analysis"] : capabilities);
        var (_, connected) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("connect_provider", new { provider = "synthetic" }));
        Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf(connected));
        return (h, agent);
    }

    private static object V1Message(string tool, object arguments, string? contextId, object? configuration = null) => new
    {
        message = new { messageId = "msg-1", role = "ROLE_USER", contextId, parts = new object[] { new { data = new { tool, arguments } } } },
        configuration = configuration ?? new { },
    };

    private static object V03Message(string tool, object arguments, string? contextId, object? configuration = null) => new
    {
        message = new { kind = "message", messageId = "msg-1", role = "user", contextId, parts = new object[] { new { kind = "data", data = new { tool, arguments } } } },
        configuration = configuration ?? new { blocking = true },
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendMessage_V1_AnswersACompletedTaskWithTheToolsResultAndTheUsersMessage(string provider)
    {
        var (h, agent) = await StartAsync(provider);
        await using var _ = h;

        var (status, sent) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", V1Message("get_activities", new { limit = 3 }, "ctx-client-1"));

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        var task = sent!["result"]!["task"]!;
        var taskId = task["id"]!.GetValue<string>();
        Assert.Equal("TASK_STATE_COMPLETED", task["status"]!["state"]!.GetValue<string>());
        Assert.Equal("ctx-client-1", task["contextId"]!.GetValue<string>());
        var artifact = Assert.Single(task["artifacts"]!.AsArray())!;
        Assert.Equal(("result", "get_activities"), (artifact["artifactId"]!.GetValue<string>(), artifact["name"]!.GetValue<string>()));
        var parts = artifact["parts"]!.AsArray();
        Assert.Equal(2, parts.Count);
        Assert.Equal("application/json", parts[0]!["mediaType"]!.GetValue<string>());
        Assert.Equal(["data", "mediaType"], parts[0]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["text"], parts[1]!.AsObject().Select(p => p.Key));
        Assert.NotEmpty(parts[1]!["text"]!.GetValue<string>());

        await using (var mcp = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync(agent.UserToken)))
        {
            var called = await mcp.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 3 }, cancellationToken: TestContext.Current.CancellationToken);
            Assert.NotEqual(true, called.IsError);
            var structured = JsonNode.Parse(called.StructuredContent!.Value.GetRawText());
            Assert.True(JsonNode.DeepEquals(structured, parts[0]!["data"]), $"A2A {parts[0]!["data"]!.ToJsonString()} != MCP {structured!.ToJsonString()}");
        }

        var history = Assert.Single(task["history"]!.AsArray())!;
        Assert.Equal(("msg-1", "ROLE_USER", taskId, "ctx-client-1"), (
            history["messageId"]!.GetValue<string>(), history["role"]!.GetValue<string>(), history["taskId"]!.GetValue<string>(), history["contextId"]!.GetValue<string>()));
        var asked = Assert.Single(history["parts"]!.AsArray())!;
        Assert.Equal("get_activities", asked["data"]!["tool"]!.GetValue<string>());
        Assert.Equal(3, asked["data"]!["arguments"]!["limit"]!.GetValue<int>());

        var (_, full) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = taskId });
        var (_, bare) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = taskId, historyLength = 0 });
        Assert.Equal(taskId, full!["result"]!["id"]!.GetValue<string>());
        Assert.Single(full["result"]!["history"]!.AsArray());
        Assert.Null(bare!["result"]!["history"]);
        Assert.Equal("TASK_STATE_COMPLETED", bare["result"]!["status"]!["state"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(artifact, bare["result"]!["artifacts"]![0]));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task MessageSend_V03_AnswersABareTaskWithKindsAndLowercaseStates(string provider)
    {
        var (h, agent) = await StartAsync(provider);
        await using var _ = h;

        var (_, sent) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "message/send", V03Message("get_activities", new { limit = 2 }, "ctx-03"), version: null);

        var task = sent!["result"]!;
        Assert.Null(task["task"]);
        Assert.Equal(("task", "completed", "ctx-03"), (task["kind"]!.GetValue<string>(), task["status"]!["state"]!.GetValue<string>(), task["contextId"]!.GetValue<string>()));
        var parts = Assert.Single(task["artifacts"]!.AsArray())!["parts"]!.AsArray();
        Assert.Equal(["data", "text"], parts.Select(p => p!["kind"]!.GetValue<string>()));
        Assert.Null(parts[0]!["mediaType"]);
        Assert.Equal(2, parts[0]!["data"]!["limit"]!.GetValue<int>());
        var history = Assert.Single(task["history"]!.AsArray())!;
        Assert.Equal(("message", "user", "msg-1"), (history["kind"]!.GetValue<string>(), history["role"]!.GetValue<string>(), history["messageId"]!.GetValue<string>()));
        Assert.Equal(task["id"]!.GetValue<string>(), history["taskId"]!.GetValue<string>());
        Assert.Equal("data", history["parts"]![0]!["kind"]!.GetValue<string>());

        var (_, got) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "tasks/get", new { id = task["id"]!.GetValue<string>(), historyLength = 0 }, version: null);
        Assert.Equal(("task", "completed"), (got!["result"]!["kind"]!.GetValue<string>(), got["result"]!["status"]!["state"]!.GetValue<string>()));
        Assert.Null(got["result"]!["history"]);
        Assert.NotNull(got["result"]!["artifacts"]);
    }

    [Fact]
    public async Task SendMessage_WithoutAContextId_GetsOneOfItsOwn()
    {
        var (h, agent) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;

        var (_, first) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", V1Message("get_connection_status", new { }, null));
        var (_, second) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", V1Message("get_connection_status", new { }, null));

        var contexts = new[] { first, second }.Select(r => A2ATestClient.TaskOf(r)!["contextId"]!.GetValue<string>()).ToList();
        Assert.All(contexts, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        Assert.NotEqual(contexts[0], contexts[1]);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ListTasks_PagesFiltersByContextAndStatus_AndLeavesArtifactsOutUnlessAsked(string provider)
    {
        var (h, agent) = await StartAsync(provider, "connections", "data");
        await using var _ = h;
        foreach (var context in new[] { "ctx-a", "ctx-a", "ctx-b" })
        {
            var (_, sent) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", V1Message("get_connection_status", new { }, context));
            Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf(sent));
        }

        var (_, refused) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", V1Message("analyze_training_load", new { }, "ctx-a"));
        Assert.Equal("TASK_STATE_REJECTED", A2ATestClient.StateOf(refused));

        // Five tasks: the connection made at the start, three completed status reads and one refusal.
        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var (_, page) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { pageSize = 2, pageToken = token });
            var result = page!["result"]!;
            Assert.Equal((5, 2), (result["totalSize"]!.GetValue<int>(), result["pageSize"]!.GetValue<int>()));
            var tasks = result["tasks"]!.AsArray();
            Assert.InRange(tasks.Count, 1, 2);
            Assert.All(tasks, t => Assert.Null(t!["artifacts"]));
            seen.AddRange(tasks.Select(t => t!["id"]!.GetValue<string>()));
            token = result["nextPageToken"]!.GetValue<string>();
            pages++;
        }
        while (token.Length > 0 && pages < 5);

        Assert.Equal(3, pages);
        Assert.Equal(5, seen.Distinct().Count());

        var (_, inA) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { contextId = "ctx-a" });
        Assert.Equal(3, inA!["result"]!["totalSize"]!.GetValue<int>());
        Assert.All(inA["result"]!["tasks"]!.AsArray(), t => Assert.Equal("ctx-a", t!["contextId"]!.GetValue<string>()));
        Assert.Equal("", inA["result"]!["nextPageToken"]!.GetValue<string>());

        var (_, rejected) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { status = "TASK_STATE_REJECTED" });
        var only = Assert.Single(rejected!["result"]!["tasks"]!.AsArray())!;
        Assert.Equal(A2ATestClient.TaskOf(refused)!["id"]!.GetValue<string>(), only["id"]!.GetValue<string>());

        var (_, unspecified) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { status = "TASK_STATE_UNSPECIFIED", includeArtifacts = true });
        var all = unspecified!["result"]!["tasks"]!.AsArray();
        Assert.Equal(5, all.Count);
        Assert.All(all.Where(t => t!["status"]!["state"]!.GetValue<string>() == "TASK_STATE_COMPLETED"), t => Assert.NotEmpty(t!["artifacts"]!.AsArray()));
        Assert.Null(all.Single(t => t!["status"]!["state"]!.GetValue<string>() == "TASK_STATE_REJECTED")!["artifacts"]);
        Assert.Equal(4, all.Count(t => t!["artifacts"] is not null));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendMessage_ReturnImmediately_AnswersBeforeTheToolEnds_ThenGetTaskSeesItCompleted(string provider)
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(provider);
        await using var _ = h;
        var gate = new TaskCompletionSource();
        trailmark.Gate = gate.Task;

        var (_, v1) = await A2ATestClient.RpcAsync(
            h.Client, agent.Key, "SendMessage", V1Message("get_activities", new { provider = FakeFitnessProvider.ProviderName }, null, new { returnImmediately = true }));
        var (_, v03) = await A2ATestClient.RpcAsync(
            h.Client, agent.Key, "message/send", V03Message("get_activities", new { provider = FakeFitnessProvider.ProviderName, limit = 2 }, null, new { blocking = false }), version: null);

        Assert.Contains(A2ATestClient.StateOf(v1), new[] { "TASK_STATE_SUBMITTED", "TASK_STATE_WORKING" });
        Assert.Contains(A2ATestClient.StateOf(v03), new[] { "submitted", "working" });
        Assert.Null(A2ATestClient.TaskOf(v1)!["artifacts"]);
        Assert.Null(A2ATestClient.TaskOf(v03)!["artifacts"]);

        gate.SetResult();
        foreach (var id in new[] { v1, v03 }.Select(r => A2ATestClient.TaskOf(r)!["id"]!.GetValue<string>()))
        {
            var done = await A2ATestClient.WaitForStateAsync(h.Client, agent.Key, id, "TASK_STATE_COMPLETED");
            Assert.Equal(FakeFitnessProvider.ProviderName, done["artifacts"]![0]!["parts"]![0]!["data"]!["provider"]!.GetValue<string>());
        }

        Assert.Equal(3, await A2ATestClient.TaskRowsAsync(h));
    }

    [Fact]
    public async Task JsonRpcId_IsEchoedWithItsType()
    {
        var (h, agent) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var request = JsonNode.Parse(A2ATestClient.Envelope("SendMessage", V1Message("get_connection_status", new { }, null)))!;

        request["id"] = "call-7";
        var (_, byString) = await A2ATestClient.RawAsync(h.Client, agent.Key, request.ToJsonString());
        request["id"] = 1234567;
        var (_, byNumber) = await A2ATestClient.RawAsync(h.Client, agent.Key, request.ToJsonString());
        request["id"] = "err-1";
        request["method"] = "GetTask";
        request["params"] = new JsonObject { ["id"] = Guid.NewGuid().ToString() };
        var (_, error) = await A2ATestClient.RawAsync(h.Client, agent.Key, request.ToJsonString());

        Assert.Equal(System.Text.Json.JsonValueKind.String, byString!["id"]!.GetValueKind());
        Assert.Equal("call-7", byString["id"]!.GetValue<string>());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, byNumber!["id"]!.GetValueKind());
        Assert.Equal(1234567, byNumber["id"]!.GetValue<int>());
        Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf(byNumber));
        Assert.Equal(("err-1", -32001), (error!["id"]!.GetValue<string>(), A2ATestClient.ErrorCode(error)));
        Assert.Equal(3, await h.DbAsync(db => db.A2ATasks.CountAsync()));
    }
}
