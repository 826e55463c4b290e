using System.Collections.Concurrent;

namespace Pierre.Providers.Http;

/// <summary>What this process last saw of each provider's API, for <c>/health</c>: degraded while its circuit breaker is open.</summary>
public sealed class ProviderHealth(TimeProvider clock)
{
    /// <summary>How long an open breaker is reported after it was last seen open (the breaker's own break time).</summary>
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, ProviderStatus> _status = new(StringComparer.Ordinal);

    public void Record(string provider, bool success, bool circuitOpen = false)
    {
        var now = clock.GetUtcNow();
        _status.AddOrUpdate(
            provider,
            _ => new ProviderStatus(success ? now : null, success ? null : now, circuitOpen ? now : null),
            (_, old) => success
                ? old with { LastSuccess = now }
                : old with { LastFailure = now, CircuitOpenedAt = circuitOpen ? now : old.CircuitOpenedAt });
    }

    /// <summary>The provider's status, or null when it has not been called since start.</summary>
    public ProviderStatus? Of(string provider) => _status.GetValueOrDefault(provider);

    public bool IsDegraded(string provider) =>
        Of(provider) is { CircuitOpenedAt: { } opened } && clock.GetUtcNow() - opened < BreakDuration;
}

/// <summary>When a provider last answered, last failed, and last had its circuit open.</summary>
public sealed record ProviderStatus(DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, DateTimeOffset? CircuitOpenedAt);
