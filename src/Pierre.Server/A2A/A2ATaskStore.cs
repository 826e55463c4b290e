using Microsoft.EntityFrameworkCore;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.A2A;

/// <summary>Whose tasks a caller sees: one user's, in one tenant, and when an agent asks, only that agent's.</summary>
internal sealed record A2AScope(Guid TenantId, Guid UserId, Guid? AgentId);

/// <summary>
/// A2A tasks in the database. Every read is scoped (<see cref="A2AScope"/>), so another tenant's, user's or agent's
/// task, and an expired one, answer as missing.
/// </summary>
internal sealed class A2ATaskStore(PierreDbContext db, ServerConfig config, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>A new task for the caller, not stored yet (a blocking send stores it once, when it ends).</summary>
    public A2ATask New(A2AScope scope, string contextId, string toolName, string requestJson, A2ATaskState state, string? statusText)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new A2ATask
        {
            Id = Guid.CreateVersion7(),
            TenantId = scope.TenantId,
            UserId = scope.UserId,
            AgentId = scope.AgentId,
            ContextId = contextId,
            State = state,
            ToolName = toolName,
            RequestJson = requestJson,
            StatusText = statusText,
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now + config.A2ATaskTtl,
        };
    }

    public async Task<A2ATask> InsertAsync(A2ATask task, CancellationToken ct)
    {
        db.A2ATasks.Add(task);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.Entry(task).State = EntityState.Detached;
        return task;
    }

    public async Task<A2ATask?> FindAsync(A2AScope scope, string id, CancellationToken ct) =>
        Guid.TryParse(id, out var taskId)
            ? await Visible(scope).SingleOrDefaultAsync(t => t.Id == taskId, ct).ConfigureAwait(false)
            : null;

    public async Task<(List<A2ATask> Tasks, int Total)> ListAsync(
        A2AScope scope, string? contextId, A2ATaskState? state, int offset, int pageSize, CancellationToken ct)
    {
        var query = Visible(scope);
        if (contextId is not null)
        {
            query = query.Where(t => t.ContextId == contextId);
        }

        if (state is { } s)
        {
            query = query.Where(t => t.State == s);
        }

        var total = await query.CountAsync(ct).ConfigureAwait(false);
        var tasks = await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Skip(offset).Take(pageSize)
            .ToListAsync(ct).ConfigureAwait(false);
        return (tasks, total);
    }

    /// <summary>
    /// Writes a task's state, status and result as the runner holds them, unless the stored task already ended (another
    /// replica canceled it): a task that ended never changes again. Returns whether it was written.
    /// </summary>
    public async Task<bool> SaveAsync(A2ATask task, CancellationToken ct) =>
        await db.A2ATasks
            .Where(t => t.Id == task.Id && (t.State == A2ATaskState.Submitted || t.State == A2ATaskState.Working))
            .ExecuteUpdateAsync(
                u => u.SetProperty(t => t.State, task.State).SetProperty(t => t.StatusText, task.StatusText).SetProperty(t => t.ResultJson, task.ResultJson)
                    .SetProperty(t => t.ResultText, task.ResultText).SetProperty(t => t.UpdatedAt, task.UpdatedAt),
                ct)
            .ConfigureAwait(false) == 1;

    /// <summary>Marks a task that no runner holds (its server stopped) as canceled, unless it already ended.</summary>
    public async Task<bool> CancelOrphanAsync(Guid id, string statusText, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.A2ATasks
            .Where(t => t.Id == id && (t.State == A2ATaskState.Submitted || t.State == A2ATaskState.Working))
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.State, A2ATaskState.Canceled).SetProperty(t => t.StatusText, statusText).SetProperty(t => t.UpdatedAt, now), ct)
            .ConfigureAwait(false) == 1;
    }

    public Task<int> DeleteExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.A2ATasks.Where(t => t.ExpiresAt <= now).ExecuteDeleteAsync(ct);
    }

    private IQueryable<A2ATask> Visible(A2AScope scope)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.A2ATasks.AsNoTracking()
            .Where(t => t.TenantId == scope.TenantId && t.UserId == scope.UserId && t.AgentId == scope.AgentId && t.ExpiresAt > now);
    }
}
