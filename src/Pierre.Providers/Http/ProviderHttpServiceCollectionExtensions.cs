using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Providers.RateLimits;

namespace Pierre.Providers.Http;

public static class ProviderHttpServiceCollectionExtensions
{
    /// <summary>
    /// What every OAuth provider shares: the rate budget and the health record (per process; TryAdd so a host can
    /// swap in a shared one). The host registers the <see cref="OAuth.IAccessTokenSource"/>.
    /// </summary>
    public static IServiceCollection AddProviderHttp(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRateBudget, InMemoryRateBudget>();
        services.TryAddSingleton<ProviderHealth>();
        return services;
    }
}
