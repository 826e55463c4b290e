using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;

namespace Pierre.Server.Usage;

/// <summary>
/// Monthly quotas decided in memory: each subject's count is read from the database once per month and process, then
/// kept here, so a request costs no synchronous write. Usage rows reach the database through <see cref="UsageRecorder"/>.
/// </summary>
internal sealed class QuotaTracker(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int MaxTrackedSubjects = 100_000;
    private readonly ConcurrentDictionary<string, Lazy<Task<Counter>>> _counters = new(StringComparer.Ordinal);

    public async Task<QuotaDecision> TryConsumeAsync(QuotaSubject subject)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var monthStart = QuotaMonth.StartOf(now);
        var reset = monthStart.AddMonths(1);
        if (subject.Policy.MonthlyLimit is not { } limit)
        {
            return new QuotaDecision(true, null, null, reset);
        }

        var key = $"{subject.Key}:{monthStart:yyyyMM}";
        if (_counters.Count > MaxTrackedSubjects)
        {
            _counters.Clear();
        }

        var counter = await _counters.GetOrAdd(key, _ => new Lazy<Task<Counter>>(() => LoadAsync(subject, monthStart))).Value.ConfigureAwait(false);
        while (true)
        {
            var used = Volatile.Read(ref counter.Used);
            if (used >= limit)
            {
                return new QuotaDecision(false, limit, 0, reset);
            }

            if (Interlocked.CompareExchange(ref counter.Used, used + 1, used) == used)
            {
                return new QuotaDecision(true, limit, limit - used - 1, reset);
            }
        }
    }

    private async Task<Counter> LoadAsync(QuotaSubject subject, DateTime monthStart)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PierreDbContext>();
        var rows = db.ApiKeyUsage.Where(u => u.TenantId == subject.TenantId && u.Timestamp >= monthStart);
        rows = subject.ApiKeyId is { } keyId
            ? rows.Where(u => u.ApiKeyId == keyId)
            : rows.Where(u => u.UserId == subject.UserId && u.ApiKeyId == null);
        return new Counter { Used = await rows.CountAsync().ConfigureAwait(false) };
    }

    private sealed class Counter
    {
        public int Used;
    }
}

/// <summary>Whether a request may proceed, and what the rate-limit headers say.</summary>
internal sealed record QuotaDecision(bool Allowed, int? Limit, int? Remaining, DateTime ResetsAt);
