namespace Pierre.Server.A2A;

/// <summary>Deletes expired A2A tasks (<c>PIERRE_A2A_TASK_TTL_HOURS</c>) every ten minutes; reads already ignore them.</summary>
internal sealed partial class A2ATaskSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<A2ATaskSweeper> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var scope = scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var deleted = await scope.ServiceProvider.GetRequiredService<A2ATaskStore>().DeleteExpiredAsync(stoppingToken).ConfigureAwait(false);
                    if (deleted > 0)
                    {
                        LogSwept(logger, deleted);
                    }
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogSweepFailed(logger, e.GetBaseException().Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} expired A2A tasks")]
    private static partial void LogSwept(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete expired A2A tasks: {Reason}")]
    private static partial void LogSweepFailed(ILogger logger, string reason);
}
