using System.Text.Json.Nodes;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

public sealed class A2AStreamingTests
{
    private static async Task<(IdentityHarness H, A2ATestClient.Agent Agent)> StartAsync(string provider)
    {
        var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var agent = await A2ATestClient.RegisterUserAndAgentAsync(h, "ann@example.com", "connections", "data", "analysis");
        var (_, connected) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("connect_provider", new { provider = "synthetic" }));
        Assert.Equal("TASK_STATE_COMPLETED", connected?["result"]?["task"]?["status"]?["state"]?.GetValue<string>());
        return (h, agent);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SendStreamingMessage_V1_StreamsTheTaskThenWorkingThenTheArtifactThenCompleted(string provider)
    {
        var (h, agent) = await StartAsync(provider);
        await using var _ = h;

        var (contentType, events) = await A2ATestClient.StreamAsync(h.Client, agent.Key, "SendStreamingMessage", A2ATestClient.Message("analyze_training_load"), id: 7);

        Assert.Equal("text/event-stream", contentType);
        Assert.All(events, e => Assert.Equal(7, e["id"]!.GetValue<int>()));
        var results = events.Select(e => e["result"]!.AsObject()).ToList();
        Assert.Equal(["task", "statusUpdate", "artifactUpdate", "statusUpdate"], results.Select(r => r.Single().Key));
        var taskId = results[0]["task"]!["id"]!.GetValue<string>();
        Assert.Equal("TASK_STATE_SUBMITTED", results[0]["task"]!["status"]!["state"]!.GetValue<string>());
        Assert.Equal("TASK_STATE_WORKING", results[1]["statusUpdate"]!["status"]!["state"]!.GetValue<string>());
        var artifact = results[2]["artifactUpdate"]!["artifact"]!;
        Assert.Equal(taskId, results[2]["artifactUpdate"]!["taskId"]!.GetValue<string>());
        var data = artifact["parts"]!.AsArray().Select(p => p!["data"]).OfType<JsonObject>().Single();
        Assert.NotNull(data["ctl"] ?? data["current"] ?? data.FirstOrDefault().Value);
        Assert.Contains(artifact["parts"]!.AsArray(), p => p!["text"] is not null);
        Assert.Equal("TASK_STATE_COMPLETED", results[3]["statusUpdate"]!["status"]!["state"]!.GetValue<string>());

        var (_, got) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = taskId });
        Assert.Equal("TASK_STATE_COMPLETED", got?["result"]?["status"]?["state"]?.GetValue<string>());
        Assert.Equal(data.ToJsonString(), got?["result"]?["artifacts"]?[0]?["parts"]?.AsArray().Select(p => p!["data"]).OfType<JsonObject>().Single().ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task MessageStream_V03_StreamsTheTaskThenWorkingThenTheArtifactThenCompletedAndFinal(string provider)
    {
        var (h, agent) = await StartAsync(provider);
        await using var _ = h;

        var (contentType, events) = await A2ATestClient.StreamAsync(h.Client, agent.Key, "message/stream", A2ATestClient.MessageV03("get_activities", new { limit = 2 }), version: null, id: 8);

        Assert.Equal("text/event-stream", contentType);
        Assert.All(events, e => Assert.Equal(8, e["id"]!.GetValue<int>()));
        var results = events.Select(e => e["result"]!).ToList();
        Assert.Equal(["task", "status-update", "artifact-update", "status-update"], results.Select(r => r["kind"]!.GetValue<string>()));
        var taskId = results[0]["id"]!.GetValue<string>();
        Assert.Equal("submitted", results[0]["status"]!["state"]!.GetValue<string>());
        Assert.All(results.Skip(1), r => Assert.Equal(taskId, r["taskId"]!.GetValue<string>()));
        Assert.Equal(("working", false), (results[1]["status"]!["state"]!.GetValue<string>(), results[1]["final"]!.GetValue<bool>()));
        var artifact = results[2]["artifact"]!;
        Assert.Equal(("result", "get_activities"), (artifact["artifactId"]!.GetValue<string>(), artifact["name"]!.GetValue<string>()));
        Assert.Equal(["data", "text"], artifact["parts"]!.AsArray().Select(p => p!["kind"]!.GetValue<string>()));
        Assert.Equal((false, true), (results[2]["append"]!.GetValue<bool>(), results[2]["lastChunk"]!.GetValue<bool>()));
        Assert.Equal(("completed", true), (results[3]["status"]!["state"]!.GetValue<string>(), results[3]["final"]!.GetValue<bool>()));

        var (_, got) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "tasks/get", new { id = taskId }, version: null);
        Assert.Equal("completed", got?["result"]?["status"]?["state"]?.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(artifact, got?["result"]?["artifacts"]?[0]));
    }
}
