using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pierre.Providers.Http;

namespace Pierre.Server.Connections;

/// <summary><c>/health</c>'s <c>providers</c> component: degraded while a provider's circuit breaker is open.</summary>
internal sealed class ProviderHealthCheck(ProviderRegistry providers, ProviderHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var degraded = providers.Names.Where(health.IsDegraded).ToList();
        return Task.FromResult(degraded.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"{string.Join(", ", degraded)} failing: calls are paused for up to {ProviderHealth.BreakDuration.TotalSeconds:0} s and answered from cache where possible"));
    }
}
