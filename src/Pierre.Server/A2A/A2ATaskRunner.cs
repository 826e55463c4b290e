using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Pierre.Server.Data.Entities;
using Pierre.Server.Diagnostics;
using Pierre.Server.Mcp;

namespace Pierre.Server.A2A;

/// <summary>
/// Runs A2A tasks in the background, each in its own scope, so that a task outlives the request that started it (a
/// dropped stream can be re-subscribed, a non-blocking send polled) and can be canceled. Every change is saved before
/// its watchers hear of it. A task runs in the process that received it: only that replica can stream it again, any
/// replica can read or cancel it, and a stopping server fails the tasks it still runs before it exits.
/// </summary>
internal sealed partial class A2ATaskRunner(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<A2ATaskRunner> logger)
    : IHostedService
{
    /// <summary>How many tasks one caller (user, or agent) may have running at once.</summary>
    public const int MaxRunningPerCaller = 16;

    /// <summary>A tool still running after this is stopped and its task failed.</summary>
    public static readonly TimeSpan MaxRunTime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<Guid, RunningA2ATask> _running = new();
    private readonly Lock _holding = new();


    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Waits (as long as the host allows) for the running tasks, canceled by the stopping token, to record their end.</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_running.Values.Select(r => r.Ended)).WaitAsync(cancellationToken);

    public RunningA2ATask? Find(Guid id) => _running.GetValueOrDefault(id);

    /// <summary>
    /// Holds a just-created task, so that watchers can attach before <see cref="Run"/> starts it, or returns null when
    /// its caller already runs <see cref="MaxRunningPerCaller"/> tasks. A task not <paramref name="stored"/> yet gets its
    /// row with its first saved change. A held task that will not run must be given back with <see cref="Release"/>.
    /// </summary>
    public RunningA2ATask? TryHold(A2ATask task, bool stored)
    {
        var running = new RunningA2ATask(task, stored);
        lock (_holding)
        {
            // Counted and held in one step, so that callers sending at once cannot pass the limit together. A task that
            // has ended no longer counts, though its run may not have let go of it yet: its caller has its answer.
            if (_running.Values.Count(r => r.Scope == running.Scope && !r.Ended.IsCompleted) >= MaxRunningPerCaller)
            {
                return null;
            }

            _running[task.Id] = running;
        }

        return running;
    }

    /// <summary>Gives back a task held but never run.</summary>
    public void Release(RunningA2ATask running) => _running.TryRemove(running.Id, out _);

    /// <summary>Starts the tool; the request's context (its HttpContext, its cancellation) does not flow into the run.</summary>
    public void Run(RunningA2ATask running, McpCaller caller, IDictionary<string, JsonElement>? arguments, string toolName)
    {
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(running, caller, arguments, toolName));
        }
    }

    /// <summary>Cancels a task this process runs; null when it had already ended.</summary>
    public async Task<A2ATask?> CancelAsync(RunningA2ATask running)
    {
        var changed = await ChangeAsync(running, t => (t.State, t.StatusText) = (A2ATaskState.Canceled, RunningA2ATask.CanceledByClient)).ConfigureAwait(false);
        running.Cancel();
        return changed;
    }

    private async Task RunAsync(RunningA2ATask running, McpCaller caller, IDictionary<string, JsonElement>? arguments, string toolName)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(running.Token);
        try
        {
            using var stop = lifetime.ApplicationStopping.Register(running.Cancel);
            deadline.CancelAfter(MaxRunTime);
            // Working is told, not saved: a read of a running task asks the runner, so one write is spared per task.
            if (await ChangeAsync(running, t => t.State = A2ATaskState.Working, save: false).ConfigureAwait(false) is null)
            {
                return;
            }

            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var progress = new ToolProgress((done, total, message, _) => running.ProgressAsync(message));
                var started = Stopwatch.GetTimestamp();
                var outcome = await scope.ServiceProvider.GetRequiredService<ToolRunner>()
                    .RunAsync(caller, toolName, arguments, progress, deadline.Token).ConfigureAwait(false);
                scope.ServiceProvider.GetRequiredService<RequestMetrics>().RecordToolCall(toolName, ToolTransports.A2A, !outcome.IsError, Stopwatch.GetElapsedTime(started));
                await ChangeAsync(
                    running,
                    t =>
                    {
                        t.State = outcome.IsError ? A2ATaskState.Failed : A2ATaskState.Completed;
                        t.StatusText = outcome.IsError ? outcome.Text : null;
                        t.ResultText = outcome.IsError ? null : outcome.Text;
                        t.ResultJson = outcome.IsError ? null : outcome.Structured?.GetRawText();
                    },
                    withArtifact: !outcome.IsError).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            // A cancel already recorded its end (the change below then does nothing); otherwise the server is stopping
            // or the tool ran out of time.
            await EndQuietlyAsync(running, lifetime.ApplicationStopping.IsCancellationRequested
                ? "the server shut down before the task finished; send the message again"
                : $"{toolName} did not finish within {MaxRunTime.TotalMinutes:0} minutes").ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogTaskFailed(logger, e, running.Id, toolName);
            await EndQuietlyAsync(running, $"{toolName} failed unexpectedly; try again").ConfigureAwait(false);
        }
        finally
        {
            await running.CloseAsync().ConfigureAwait(false);
            _running.TryRemove(running.Id, out _);
        }
    }

    private async Task EndQuietlyAsync(RunningA2ATask running, string reason)
    {
        try
        {
            await ChangeAsync(running, t => (t.State, t.StatusText) = (A2ATaskState.Failed, reason)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailureNotSaved(logger, e, running.Id);
        }
    }

    private Task<A2ATask?> ChangeAsync(RunningA2ATask running, Action<A2ATask> change, bool withArtifact = false, bool save = true) =>
        running.ChangeAsync(
            t =>
            {
                change(t);
                t.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            },
            async t =>
            {
                if (!save)
                {
                    return true;
                }

                var scope = scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var store = scope.ServiceProvider.GetRequiredService<A2ATaskStore>();
                    if (running.Stored)
                    {
                        return await store.SaveAsync(t, CancellationToken.None).ConfigureAwait(false);
                    }

                    await store.InsertAsync(t, CancellationToken.None).ConfigureAwait(false);
                    running.Stored = true;
                    return true;
                }
            },
            withArtifact);

    [LoggerMessage(Level = LogLevel.Error, Message = "A2A task {TaskId} running {Tool} failed")]
    private static partial void LogTaskFailed(ILogger logger, Exception exception, Guid taskId, string tool);

    [LoggerMessage(Level = LogLevel.Error, Message = "A2A task {TaskId}: its failure could not be saved")]
    private static partial void LogFailureNotSaved(ILogger logger, Exception exception, Guid taskId);
}
