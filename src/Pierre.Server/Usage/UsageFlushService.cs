using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Realtime;

namespace Pierre.Server.Usage;

/// <summary>Writes buffered usage every second, 500 rows a transaction, and whatever is left when the server stops.</summary>
internal sealed partial class UsageFlushService(UsageRecorder recorder, UserEventHub events, IServiceScopeFactory scopes, ILogger<UsageFlushService> logger)
    : BackgroundService
{
    private const int BatchSize = 500;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _flushing = new(1, 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await FlushAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync flushes the rest.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    // The timer's flush and the shutdown flush never overlap, even when the host stops before the timer's flush ends.
    // The semaphore is not disposed: a timer flush may still be finishing while the host disposes its services.
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _flushing.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await FlushBatchesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _flushing.Release();
        }
    }

    private async Task FlushBatchesAsync(CancellationToken cancellationToken)
    {
        var rows = recorder.TakeAll();
        var batch = new List<ApiKeyUsage>(Math.Min(rows.Count, BatchSize));
        foreach (var row in rows)
        {
            batch.Add(row.ToEntity());
            if (batch.Count == BatchSize)
            {
                await WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteAsync(List<ApiKeyUsage> batch, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PierreDbContext>();

            // One transaction, so a reader never sees the usage rows without the keys' LastUsedAt that goes with them.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await UsageRowWriter.InsertAsync(db, batch, cancellationToken).ConfigureAwait(false);
            foreach (var key in batch.Where(u => u.ApiKeyId is not null).GroupBy(u => u.ApiKeyId))
            {
                var lastUsed = key.Max(u => u.Timestamp);
                await db.ApiKeys.Where(k => k.Id == key.Key)
                    .ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, lastUsed), cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // After the commit, so that a dashboard reading again on the event sees what it announces.
            foreach (var usage in batch)
            {
                events.Publish(usage.TenantId, usage.UserId, usage, UsageEvent.Of);
            }
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            LogFlushFailed(logger, batch.Count, e.GetBaseException().Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write {Count} usage rows: {Reason}")]
    private static partial void LogFlushFailed(ILogger logger, int count, string reason);
}
