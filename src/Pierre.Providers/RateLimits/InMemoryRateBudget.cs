using System.Collections.Concurrent;

namespace Pierre.Providers.RateLimits;

/// <summary>
/// The rate budget of this process. Between two responses it counts its own requests, so concurrent callers cannot
/// all spend the last request the provider reported; each response then replaces the count with the provider's.
/// </summary>
public sealed class InMemoryRateBudget(TimeProvider clock) : IRateBudget
{
    private readonly ConcurrentDictionary<string, Scope> _scopes = new(StringComparer.Ordinal);

    public bool TryReserve(string scope, out TimeSpan retryAfter)
    {
        var state = _scopes.GetOrAdd(scope, static _ => new Scope());
        var now = clock.GetUtcNow();
        lock (state)
        {
            state.Windows.RemoveAll(w => w.ResetsAt <= now);
            var spent = state.Windows.Where(w => w.IsSpent).ToList();
            if (spent.Count > 0)
            {
                retryAfter = spent.Max(w => w.ResetsAt) - now;
                return false;
            }

            for (var i = 0; i < state.Windows.Count; i++)
            {
                state.Windows[i] = state.Windows[i] with { Used = state.Windows[i].Used + 1 };
            }

            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    public void Report(string scope, IReadOnlyList<RateWindow> windows)
    {
        var state = _scopes.GetOrAdd(scope, static _ => new Scope());
        lock (state)
        {
            state.Windows.Clear();
            state.Windows.AddRange(windows);
        }
    }

    public IReadOnlyList<RateWindow> Windows(string scope)
    {
        if (!_scopes.TryGetValue(scope, out var state))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        lock (state)
        {
            return [.. state.Windows.Where(w => w.ResetsAt > now)];
        }
    }

    private sealed class Scope
    {
        public List<RateWindow> Windows { get; } = [];
    }
}
