using System.Collections.Concurrent;
using System.Text.Json;
using Pierre.Server.Data.Entities;
using Pierre.Server.Mcp;

namespace Pierre.Server.A2A;

/// <summary>
/// Runs A2A tasks in the background, each in its own scope, so that a task outlives the request that started it (a
/// dropped stream can be re-subscribed, a non-blocking send polled) and can be canceled. Every change is saved before
/// its watchers hear of it. Tasks run in this process only: a task left working by a stopped server can be canceled.
/// </summary>
internal sealed partial class A2ATaskRunner(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<A2ATaskRunner> logger)
{
    private readonly ConcurrentDictionary<Guid, RunningA2ATask> _running = new();

    public RunningA2ATask? Find(Guid id) => _running.GetValueOrDefault(id);

    /// <summary>Holds a just-created task, so that watchers can attach before <see cref="Run"/> starts it.</summary>
    public RunningA2ATask Hold(A2ATask task)
    {
        var running = new RunningA2ATask(task);
        _running[task.Id] = running;
        return running;
    }

    /// <summary>Starts the tool; the request's context (its HttpContext, its cancellation) does not flow into the run.</summary>
    public void Run(RunningA2ATask running, McpCaller caller, IDictionary<string, JsonElement>? arguments, string toolName)
    {
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => RunAsync(running, caller, arguments, toolName));
        }
    }

    /// <summary>Cancels a task this process runs; null when it had already ended.</summary>
    public Task<A2ATask?> CancelAsync(RunningA2ATask running)
    {
        var changed = ChangeAsync(running, t => (t.State, t.StatusText) = (A2ATaskState.Canceled, "canceled by the client"));
        running.Cancel();
        return changed;
    }

    private async Task RunAsync(RunningA2ATask running, McpCaller caller, IDictionary<string, JsonElement>? arguments, string toolName)
    {
        using var stop = lifetime.ApplicationStopping.Register(running.Cancel);
        try
        {
            await ChangeAsync(running, t => t.State = A2ATaskState.Working).ConfigureAwait(false);
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var progress = new ToolProgress((done, total, message, _) => running.ProgressAsync(message));
                var outcome = await scope.ServiceProvider.GetRequiredService<ToolRunner>()
                    .RunAsync(caller, toolName, arguments, progress, running.Token).ConfigureAwait(false);
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
        catch (OperationCanceledException) when (running.Token.IsCancellationRequested)
        {
            // CancelTask already recorded the cancellation; otherwise the server is stopping.
            await EndQuietlyAsync(running, "the server shut down before the task finished; send the message again").ConfigureAwait(false);
        }
        catch (Exception e)
        {
            LogTaskFailed(logger, e, running.Id, toolName);
            await EndQuietlyAsync(running, $"{toolName} failed unexpectedly; try again").ConfigureAwait(false);
        }
        finally
        {
            running.Close();
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

    private Task<A2ATask?> ChangeAsync(RunningA2ATask running, Action<A2ATask> change, bool withArtifact = false) =>
        running.ChangeAsync(
            t =>
            {
                change(t);
                t.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            },
            async t =>
            {
                var scope = scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    await scope.ServiceProvider.GetRequiredService<A2ATaskStore>().SaveAsync(t, CancellationToken.None).ConfigureAwait(false);
                }
            },
            withArtifact);

    [LoggerMessage(Level = LogLevel.Error, Message = "A2A task {TaskId} running {Tool} failed")]
    private static partial void LogTaskFailed(ILogger logger, Exception exception, Guid taskId, string tool);

    [LoggerMessage(Level = LogLevel.Error, Message = "A2A task {TaskId}: its failure could not be saved")]
    private static partial void LogFailureNotSaved(ILogger logger, Exception exception, Guid taskId);
}
