using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.A2A;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.A2A;

/// <summary>What bounds a running task: a cancel recorded by another replica, and how many one caller may run at once.</summary>
public sealed class A2ARunnerLimitsTests
{
    private static readonly object TrailmarkActivities = new { provider = FakeFitnessProvider.ProviderName };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ACancelRecordedElsewhere_IsNotOverwrittenByTheRunsEnd_AndEndsItsStream(string provider)
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(provider);
        await using var _ = h;
        var gate = new TaskCompletionSource();
        trailmark.Gate = gate.Task;
        using var response = await A2ATestClient.OpenStreamAsync(h.Client, agent.Key, "SendStreamingMessage", A2ATestClient.Message("get_activities", TrailmarkActivities));
        await using var events = A2ATestClient.EventsAsync(response).GetAsyncEnumerator(TestContext.Current.CancellationToken);
        Assert.True(await events.MoveNextAsync());
        var taskId = Guid.Parse(events.Current["result"]!["task"]!["id"]!.GetValue<string>());
        Assert.True(await events.MoveNextAsync());

        // Another replica, which does not run the task, cancels it in the database.
        Assert.True(await h.ScopedAsync(sp => sp.GetRequiredService<A2ATaskStore>().CancelOrphanAsync(taskId, "canceled by the client", CancellationToken.None)));
        gate.SetResult();

        var rest = new List<JsonNode>();
        while (await events.MoveNextAsync())
        {
            rest.Add(events.Current);
        }

        Assert.Equal("TASK_STATE_CANCELED", rest[^1]["result"]!["statusUpdate"]!["status"]!["state"]!.GetValue<string>());
        Assert.DoesNotContain(rest, e => e["result"]!["artifactUpdate"] is not null);
        var row = await h.DbAsync(db => db.A2ATasks.SingleAsync(t => t.Id == taskId));
        Assert.Equal((A2ATaskState.Canceled, null, null), (row.State, row.ResultText, row.ResultJson));
    }

    [Fact]
    public async Task OneCaller_RunsAtMostSixteenTasksAtOnce_ThenIsRefused_AndAnotherCallerIsNot()
    {
        var (h, agent, trailmark) = await A2ATestClient.StartWithTrailmarkAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var gate = new TaskCompletionSource();
        trailmark.Gate = gate.Task;
        var later = A2ATestClient.Message("get_activities", TrailmarkActivities, new { returnImmediately = true });
        for (var i = 0; i < A2ATaskRunner.MaxRunningPerCaller; i++)
        {
            var (status, body) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", later);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(A2ATestClient.StateOf(body), new[] { "TASK_STATE_SUBMITTED", "TASK_STATE_WORKING" });
        }

        var (_, refused) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", later);
        Assert.Equal(-32004, A2ATestClient.ErrorCode(refused));
        Assert.Contains("16 tasks", refused!["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(A2ATaskRunner.MaxRunningPerCaller + 1, await h.DbAsync(db => db.A2ATasks.CountAsync()));

        var other = await A2ATestClient.RegisterAgentAsync(h, agent.UserToken, "connections");
        Assert.Equal("TASK_STATE_COMPLETED", await A2ATestClient.SendStateAsync(h.Client, other.Key, "get_connection_status"));

        gate.SetResult();
        var (_, list) = await A2ATestClient.RpcAsync(h.Client, agent.Key, "ListTasks", new { pageSize = 50 });
        foreach (var id in list!["result"]!["tasks"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()))
        {
            await A2ATestClient.WaitForStateAsync(h.Client, agent.Key, id, "TASK_STATE_COMPLETED");
        }

        Assert.Equal("TASK_STATE_COMPLETED", A2ATestClient.StateOf((await A2ATestClient.RpcAsync(h.Client, agent.Key, "SendMessage", A2ATestClient.Message("get_activities", TrailmarkActivities))).Body));
    }

    [Fact]
    public async Task TheLimit_HoldsForSendsAtOnce_AndAnEndedTaskNoLongerCounts_BeforeItsRunLetsGo()
    {
        var (h, _, _) = await A2ATestClient.StartWithTrailmarkAsync(TestDatabases.Sqlite);
        await using var __ = h;
        var runner = h.App.Services.GetRequiredService<A2ATaskRunner>();
        var scope = new A2AScope(Guid.NewGuid(), Guid.NewGuid(), null);
        var tasks = await h.ScopedAsync(sp => Task.FromResult(Enumerable.Range(0, 66)
            .Select(_ => sp.GetRequiredService<A2ATaskStore>().New(scope, "c", "get_activities", "{}", A2ATaskState.Submitted, null)).ToList()));

        // Sixty-four sends at once from one caller: sixteen are held, whatever the interleaving.
        var held = (await Task.WhenAll(tasks.Take(64).Select(t => Task.Run(() => runner.TryHold(t, stored: false), TestContext.Current.CancellationToken))))
            .OfType<RunningA2ATask>().ToList();
        Assert.Equal(A2ATaskRunner.MaxRunningPerCaller, held.Count);
        // Another caller (here an agent of the same user) has a limit of its own.
        var others = runner.TryHold(await h.ScopedAsync(sp => Task.FromResult(
            sp.GetRequiredService<A2ATaskStore>().New(scope with { AgentId = Guid.NewGuid() }, "c", "get_activities", "{}", A2ATaskState.Submitted, null))), stored: false);
        Assert.NotNull(others);
        runner.Release(others);

        // One ends (its caller has the answer) while the runner still holds it, as between a run's end and its cleanup.
        await held[0].ChangeAsync(t => t.State = A2ATaskState.Completed, _ => Task.FromResult(true));
        Assert.NotNull(runner.Find(held[0].Id));
        var next = runner.TryHold(tasks[^1], stored: false);
        Assert.NotNull(next);
        Assert.Null(runner.TryHold(tasks[^2], stored: false));

        runner.Release(next);
        Assert.Null(runner.Find(next.Id));
        var last = runner.TryHold(tasks[^2], stored: false);
        Assert.NotNull(last);

        // Never run, these would keep the host's shutdown waiting for their end.
        foreach (var task in held.Append(last))
        {
            runner.Release(task);
        }
    }

    [Fact]
    public async Task ForeignOrigins_MayReadTheCard_ButNotCallA2A()
    {
        var (h, agent, _) = await A2ATestClient.StartWithTrailmarkAsync(TestDatabases.Sqlite);
        await using var __ = h;
        using var card = new HttpRequestMessage(HttpMethod.Get, new Uri("/a2a/agent-card", UriKind.Relative));
        card.Headers.Add("Origin", "https://elsewhere.example");
        Assert.Equal(HttpStatusCode.OK, (await h.Client.SendAsync(card, TestContext.Current.CancellationToken)).StatusCode);

        using var call = A2ATestClient.Request(agent.Key, A2ATestClient.Envelope("SendMessage", A2ATestClient.Message("get_connection_status")), "1.0", stream: false);
        call.Headers.Add("Origin", "https://elsewhere.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.SendAsync(call, TestContext.Current.CancellationToken)).StatusCode);
    }
}
