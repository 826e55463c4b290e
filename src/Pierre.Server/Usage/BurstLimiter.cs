using System.Threading.RateLimiting;

namespace Pierre.Server.Usage;

/// <summary>
/// The per-minute burst of a key's tier: one fixed one-minute window per subject, shared by every transport. HTTP
/// requests take it through ASP.NET Core's rate limiter (<see cref="ForHttp"/>); TCP and stdio tool calls, which carry
/// many calls on one connection and never pass that middleware, through <see cref="TryAcquire"/>. A window is per
/// subject and tier, since a window keeps the limit it was made with: a key held to a lower tier after its tenant's
/// plan was lowered starts a window at that tier's limit.
/// </summary>
internal sealed class BurstLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<QuotaSubject?> _limiter = PartitionedRateLimiter.Create<QuotaSubject?, string>(subject =>
        subject?.Policy.BurstPerMinute is not { } burst
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetFixedWindowLimiter($"{subject.Key}:{subject.Policy.Tier}", _ => new FixedWindowRateLimiterOptions
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

    /// <summary>The same windows for HTTP requests, each request's subject found by <paramref name="subjectOf"/> (null: not limited).</summary>
    public PartitionedRateLimiter<HttpContext> ForHttp(Func<HttpContext, QuotaSubject?> subjectOf) =>
        _limiter.WithTranslatedKey(subjectOf, leaveOpen: true);

    public void Dispose() => _limiter.Dispose();
}
