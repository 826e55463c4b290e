using System.Threading.RateLimiting;

namespace Pierre.Server.Usage;

/// <summary>
/// The per-minute burst of a key's tier for tool calls that never pass ASP.NET Core's rate limiter: the TCP and stdio
/// transports, which carry many calls on one connection. A fixed one-minute window per subject, as over HTTP.
/// </summary>
internal sealed class BurstLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<QuotaSubject> _limiter = PartitionedRateLimiter.Create<QuotaSubject, string>(subject =>
        subject.Policy.BurstPerMinute is not { } burst
            ? RateLimitPartition.GetNoLimiter(subject.Key)
            : RateLimitPartition.GetFixedWindowLimiter(subject.Key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = burst,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            }));

    /// <summary>Takes one call from <paramref name="subject"/>'s budget for this minute; false when it is spent.</summary>
    public bool TryAcquire(QuotaSubject subject)
    {
        using var lease = _limiter.AttemptAcquire(subject);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
