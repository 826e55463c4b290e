using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Providers;
using Pierre.Server.A2A;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

/// <summary>A task's life: canceled while it works, re-subscribed, failed by its tool, and expired.</summary>
public sealed class A2ATaskLifecycleTests
{
    private static readonly object TrailmarkActivities = new { provider = FakeFitnessProvider.ProviderName };

    private static string Key(JsonNode e) => e["result"]!.AsObject().Single().Key;

    private static string? EventState(JsonNode e) =>
        (e["result"]!["task"] ?? e["result"]!["statusUpdate"] ?? e["result"])?["status"]?["state"]?.GetValue<string>();

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CancelTask_WhileTheToolWorks_EndsTheStreamCanceled_AndTheTaskStaysCanceled(string provider)
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(provider);
        await using var _ = h;
        var gate = new TaskCompletionSource();
        trailmark.Gate = gate.Task;

        using var response = await A2ATestClient.OpenStreamAsync(h.Client, agent.Key, "SendStreamingMessage", A2ATestClient.Message("get_activities", TrailmarkActivities), id: 3);
        await using var events = A2ATestClient.EventsAsync(response).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(("task", "TASK_STATE_SUBMITTED"), (Key(events.Current), EventState(events.Current)));
        var taskId = events.Current["result"]!["task"]!["id"]!.GetValue<string>();
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(("statusUpdate", "TASK_STATE_WORKING"), (Key(events.Current), EventState(events.Current)));

        var (_, canceled) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "CancelTask", new { id = taskId }, id: 4);

        Assert.Equal((4, "TASK_STATE_CANCELED"), (canceled!["id"]!.GetValue<int>(), canceled["result"]!["status"]!["state"]!.GetValue<string>()));
        var rest = new List<JsonNode>();
        while (await events.MoveNextAsync())
        {
            rest.Add(events.Current);
        }

        Assert.NotEmpty(rest);
        Assert.All(rest, e => Assert.Equal("statusUpdate", Key(e)));
        Assert.Equal("TASK_STATE_CANCELED", EventState(rest[^1]));
        Assert.All(rest[..^1], e => Assert.Equal("TASK_STATE_WORKING", EventState(e)));
        Assert.Equal("TASK_STATE_CANCELED", A2ATestClient.StateOf((await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = taskId })).Body));

        gate.SetResult();
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var (_, after) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = taskId });
        Assert.Equal("TASK_STATE_CANCELED", A2ATestClient.StateOf(after));
        Assert.Null(after!["result"]!["artifacts"]);
        var row = await h.DbAsync(db => db.A2ATasks.SingleAsync(t => t.Id == Guid.Parse(taskId)));
        Assert.Equal((A2ATaskState.Canceled, null), (row.State, row.ResultText));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CancelTask_OnACompletedTask_IsTaskNotCancelable(string provider)
    {
        var (h, agent, _) = await A2ATestClient.StartWithTrailmarkAsync(provider);
        await using var _h = h;
        var (_, done) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        var taskId = A2ATestClient.TaskOf(done)!["id"]!.GetValue<string>();

        var (_, v1) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "CancelTask", new { id = taskId });
        var (_, v03) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "tasks/cancel", new { id = taskId }, version: null);

        Assert.Equal(-32002, A2ATestClient.ErrorCode(v1));
        Assert.Equal("TASK_NOT_CANCELABLE", v1!["error"]!["data"]![0]!["reason"]!.GetValue<string>());
        Assert.Contains("TASK_STATE_COMPLETED", v1["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(-32002, A2ATestClient.ErrorCode(v03));
        Assert.Contains("completed", v03!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf((await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = taskId })).Body));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SubscribeToTask_OnAWorkingTask_StreamsItsSnapshotThenTheRestUntilCompleted(string provider)
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(provider);
        await using var _ = h;
        var gate = new TaskCompletionSource();
        trailmark.Gate = gate.Task;
        var (_, sent) = await A2ATestClient.RpcAsync(
            h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_activities", TrailmarkActivities, new { returnImmediately = true }));
        var taskId = A2ATestClient.TaskOf(sent)!["id"]!.GetValue<string>();
        await A2ATestClient.WaitForStateAsync(h.Client, agent.Key, taskId, "TASK_STATE_WORKING");

        using var response = await A2ATestClient.OpenStreamAsync(h.Client, agent.Key, "SubscribeToTask", new { id = taskId }, id: 9);
        await using var events = A2ATestClient.EventsAsync(response).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(("task", "TASK_STATE_WORKING"), (Key(events.Current), EventState(events.Current)));
        Assert.Equal(taskId, events.Current["result"]!["task"]!["id"]!.GetValue<string>());
        gate.SetResult();
        var rest = new List<JsonNode>();
        while (await events.MoveNextAsync())
        {
            rest.Add(events.Current);
        }

        Assert.All(rest, e => Assert.Equal(9, e["id"]!.GetValue<int>()));
        Assert.Equal(["artifactUpdate", "statusUpdate"], rest[^2..].Select(Key));
        Assert.Equal("TASK_STATE_COMPLETED", EventState(rest[^1]));
        Assert.All(rest[..^2], e => Assert.Equal(("statusUpdate", "TASK_STATE_WORKING"), (Key(e), EventState(e))));
        Assert.Equal(FakeFitnessProvider.ProviderName, rest[^2]["result"]!["artifactUpdate"]!["artifact"]!["parts"]![0]!["data"]!["provider"]!.GetValue<string>());
    }

    [Fact]
    public async Task TasksResubscribe_V03_OnAWorkingTask_StreamsItsSnapshotThenTheRestUntilCompleted()
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var gate = new TaskCompletionSource();
        trailmark.Gate = gate.Task;
        var (_, sent) = await A2ATestClient.RpcAsync(
            h.Client, agent.Key, "message/send", A2ATestClient.MessageV03("get_activities", TrailmarkActivities, new { blocking = false }), version: null);
        var taskId = A2ATestClient.TaskOf(sent)!["id"]!.GetValue<string>();
        await A2ATestClient.WaitForStateAsync(h.Client, agent.Key, taskId, "TASK_STATE_WORKING");

        using var response = await A2ATestClient.OpenStreamAsync(h.Client, agent.Key, "tasks/resubscribe", new { id = taskId }, version: null);
        await using var events = A2ATestClient.EventsAsync(response).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await events.MoveNextAsync());
        Assert.Equal(("task", "working", taskId), (
            events.Current["result"]!["kind"]!.GetValue<string>(), events.Current["result"]!["status"]!["state"]!.GetValue<string>(), events.Current["result"]!["id"]!.GetValue<string>()));
        gate.SetResult();
        var rest = new List<JsonNode>();
        while (await events.MoveNextAsync())
        {
            rest.Add(events.Current["result"]!);
        }

        Assert.Equal(["artifact-update", "status-update"], rest[^2..].Select(e => e["kind"]!.GetValue<string>()));
        Assert.Equal(("completed", true), (rest[^1]["status"]!["state"]!.GetValue<string>(), rest[^1]["final"]!.GetValue<bool>()));
        Assert.All(rest[..^2], e => Assert.Equal(("status-update", false), (e["kind"]!.GetValue<string>(), e["final"]!.GetValue<bool>())));
    }

    [Fact]
    public async Task SubscribeToTask_OnACompletedTask_IsUnsupportedOperation()
    {
        var (h, agent, _) = await A2ATestClient.StartWithTrailmarkAsync(TestDatabases.Sqlite);
        await using var _h = h;
        var (_, done) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        var taskId = A2ATestClient.TaskOf(done)!["id"]!.GetValue<string>();

        var (status, v1) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SubscribeToTask", new { id = taskId });
        var (_, v03) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "tasks/resubscribe", new { id = taskId }, version: null);

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal((-32004, -32004), (A2ATestClient.ErrorCode(v1), A2ATestClient.ErrorCode(v03)));
        Assert.Equal("UNSUPPORTED_OPERATION", v1!["error"]!["data"]![0]!["reason"]!.GetValue<string>());
        Assert.Contains("GetTask", v1["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AToolError_FailsTheTask_WithTheProblemInItsStatusMessage_AndNoArtifact(string provider)
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(provider);
        await using var _ = h;

        var (_, badArgument) = await A2ATestClient.RpcAsync(
            h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_activities", new { provider = FakeFitnessProvider.ProviderName, limit = 0 }));
        trailmark.Failure = new ProviderException(FakeFitnessProvider.ProviderName, ProviderFailure.RateLimited, "Trailmark is rate limiting this account; try again in 15 minutes.", TimeSpan.FromMinutes(15));
        var (_, providerDown) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_activities", TrailmarkActivities));

        foreach (var (failed, problem) in new[] { (badArgument, "limit"), (providerDown, "Trailmark is rate limiting this account") })
        {
            var task = A2ATestClient.TaskOf(failed)!;
            Assert.Equal("TASK_STATE_FAILED", task["status"]!["state"]!.GetValue<string>());
            Assert.Null(task["artifacts"]);
            var message = task["status"]!["message"]!;
            Assert.Equal("ROLE_AGENT", message["role"]!.GetValue<string>());
            Assert.Contains(problem, message["parts"]![0]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var (_, failedOnly) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { status = "TASK_STATE_FAILED" });
        Assert.Equal(2, failedOnly!["result"]!["totalSize"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AnExpiredTask_IsNotFound_AndDeleteExpiredRemovesIt(string provider)
    {
        var (h, agent, _) = await A2ATestClient.StartWithTrailmarkAsync(provider, new() { ["PIERRE_A2A_TASK_TTL_HOURS"] = "1" });
        await using var _h = h;
        var (_, done) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_connection_status"));
        var taskId = Guid.Parse(A2ATestClient.TaskOf(done)!["id"]!.GetValue<string>());
        var stored = await h.DbAsync(db => db.A2ATasks.SingleAsync(t => t.Id == taskId));
        Assert.Equal(TimeSpan.FromHours(1), stored.ExpiresAt - stored.CreatedAt);
        var kept = await A2ATestClient.TaskRowsAsync(h);

        var past = stored.CreatedAt.AddHours(-2);
        await h.DbAsync(db => db.A2ATasks.Where(t => t.Id == taskId).ExecuteUpdateAsync(u => u.SetProperty(t => t.ExpiresAt, past), TestContext.Current.CancellationToken));

        var (_, got) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "GetTask", new { id = taskId.ToString() });
        var (_, listed) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { });
        Assert.Equal(-32001, A2ATestClient.ErrorCode(got));
        Assert.DoesNotContain(listed!["result"]!["tasks"]!.AsArray(), t => t!["id"]!.GetValue<string>() == taskId.ToString());
        Assert.Equal(-32001, A2ATestClient.ErrorCode((await A2ATestClient.RpcAsync(h.Client, agent.Key, "CancelTask", new { id = taskId.ToString() })).Body));

        var deleted = await h.ScopedAsync(sp => sp.GetRequiredService<A2ATaskStore>().DeleteExpiredAsync(TestContext.Current.CancellationToken));

        Assert.Equal(1, deleted);
        Assert.False(await h.DbAsync(db => db.A2ATasks.AnyAsync(t => t.Id == taskId)));
        Assert.Equal(kept - 1, await A2ATestClient.TaskRowsAsync(h));
    }
}
