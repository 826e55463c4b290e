using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Providers;
using Pierre.Providers.Synthetic;

namespace Pierre.Server.Connections;

internal static class ConnectionsServiceCollectionExtensions
{
    private const int MaximumCachedReadBytes = 16 * 1024 * 1024;

    /// <summary>Registers the installed providers, their registry, the cache in front of them, the services that connect and read them, and the stored bests derived from what they read.</summary>
    public static IServiceCollection AddPierreConnections(this IServiceCollection services)
    {
        services.AddOptions<ProviderCacheOptions>();
        // An entry over the limit is not cached, and a long ride's per-second streams can serialize past the 1 MB default.
        services.AddHybridCache(o => o.MaximumPayloadBytes = MaximumCachedReadBytes);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFitnessProvider, SyntheticProvider>());
        services.AddSingleton<ProviderRegistry>();
        services.AddSingleton<ActivitySource>();
        services.AddOptions<ActivityBestsOptions>();
        services.AddSingleton<ActivityBestsStore>();
        services.AddScoped<ConnectionService>();
        return services;
    }
}
