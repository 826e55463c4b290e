using System.Threading.Channels;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.A2A;

/// <summary>What a task's watchers are told: its status changed, or its result (the artifact) is ready.</summary>
internal sealed record A2ATaskEvent(bool IsArtifact, A2ATask Task);

/// <summary>
/// A task this process is running: its current state (changed only under <see cref="ChangeAsync"/>), the watchers of
/// its stream and the way to cancel it.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Reliability", "CA1001", Justification = "Neither field holds an unmanaged resource (no wait handle is asked for, no timer is set), and late watchers may still use them after the run.")]
internal sealed class RunningA2ATask(A2ATask task, bool stored)
{
    public const string CanceledByClient = "canceled by the client";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<ChannelWriter<A2ATaskEvent>> _watchers = [];
    private readonly CancellationTokenSource _cancel = new();
    private readonly TaskCompletionSource _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private A2ATask _current = Copy(task);

    public Guid Id => task.Id;

    /// <summary>Whether the task has a row yet; changed only under <see cref="ChangeAsync"/>.</summary>
    public bool Stored { get; set; } = stored;

    /// <summary>Whose task it is, so that one caller cannot hold every worker.</summary>
    public A2AScope Scope { get; } = new(task.TenantId, task.UserId, task.AgentId);

    /// <summary>Canceled by <c>CancelTask</c> or by the server shutting down.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>Completes once the task has reached a final state and its watchers were told.</summary>
    public Task Ended => _ended.Task;

    /// <summary>The task as it is now and, from then on, every change to it; the reader ends with the task.</summary>
    public async Task<(A2ATask Snapshot, ChannelReader<A2ATaskEvent> Events)> WatchAsync(CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<A2ATaskEvent>(new UnboundedChannelOptions { SingleReader = true });
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (A2ATaskStates.IsTerminal(_current.State))
            {
                channel.Writer.Complete();
            }
            else
            {
                _watchers.Add(channel.Writer);
            }

            return (Copy(_current), channel.Reader);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<A2ATask> SnapshotAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return Copy(_current);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Applies a change unless the task already ended, saves it with <paramref name="save"/>, then tells the watchers
    /// (the artifact first when there is one). Returns the changed task, or null when it had already ended. When the
    /// save finds the stored task ended (only a cancel from another replica does that), the run is canceled and the
    /// watchers are told so.
    /// </summary>
    public async Task<A2ATask?> ChangeAsync(Action<A2ATask> change, Func<A2ATask, Task<bool>> save, bool withArtifact = false)
    {
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (A2ATaskStates.IsTerminal(_current.State))
            {
                return null;
            }

            var next = Copy(_current);
            change(next);
            if (!await save(next).ConfigureAwait(false))
            {
                (next.State, next.StatusText, next.ResultJson, next.ResultText) = (A2ATaskState.Canceled, CanceledByClient, null, null);
                _current = next;
                _cancel.Cancel();
                Publish(next, withArtifact: false);
                return null;
            }

            _current = next;
            Publish(next, withArtifact);
            return Copy(next);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Tells the watchers of a change (the artifact first); a final state ends their streams.</summary>
    private void Publish(A2ATask next, bool withArtifact)
    {
        var ended = A2ATaskStates.IsTerminal(next.State);
        foreach (var watcher in _watchers)
        {
            if (withArtifact)
            {
                watcher.TryWrite(new A2ATaskEvent(true, Copy(next)));
            }

            watcher.TryWrite(new A2ATaskEvent(false, Copy(next)));
            if (ended)
            {
                watcher.TryComplete();
            }
        }

        if (ended)
        {
            _watchers.Clear();
            _ended.TrySetResult();
        }
    }

    /// <summary>Tells the watchers of a passing status (progress) without saving it.</summary>
    public async Task ProgressAsync(string message)
    {
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (!A2ATaskStates.IsTerminal(_current.State))
            {
                var progress = Copy(_current);
                progress.StatusText = message;
                foreach (var watcher in _watchers)
                {
                    watcher.TryWrite(new A2ATaskEvent(false, progress));
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Cancel() => _cancel.Cancel();

    /// <summary>Ends the watchers' streams even if the task never reached a final state (it failed to save).</summary>
    public async Task CloseAsync()
    {
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            foreach (var watcher in _watchers)
            {
                watcher.TryComplete();
            }

            _watchers.Clear();
            _ended.TrySetResult();
        }
        finally
        {
            _gate.Release();
        }
    }

    private static A2ATask Copy(A2ATask t) => new()
    {
        Id = t.Id, TenantId = t.TenantId, UserId = t.UserId, AgentId = t.AgentId, ContextId = t.ContextId, State = t.State,
        ToolName = t.ToolName, RequestJson = t.RequestJson, StatusText = t.StatusText, ResultJson = t.ResultJson,
        ResultText = t.ResultText, CreatedAt = t.CreatedAt, UpdatedAt = t.UpdatedAt, ExpiresAt = t.ExpiresAt,
    };
}
