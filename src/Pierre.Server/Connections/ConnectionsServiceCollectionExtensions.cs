using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Providers;
using Pierre.Providers.Http;
using Pierre.Providers.OAuth;
using Pierre.Providers.Synthetic;
using Pierre.Server.Connections.OAuth;

namespace Pierre.Server.Connections;

internal static class ConnectionsServiceCollectionExtensions
{
    private const int MaximumCachedReadBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Registers the installed providers, their registry, the cache in front of them, the OAuth connection flow with
    /// its encrypted token store, the services that connect and read them, and the stored bests derived from what
    /// they read.
    /// </summary>
    public static IServiceCollection AddPierreConnections(this IServiceCollection services)
    {
        services.AddOptions<ProviderCacheOptions>();
        // An entry over the limit is not cached, and a long ride's per-second streams can serialize past the 1 MB default.
        services.AddHybridCache(o => o.MaximumPayloadBytes = MaximumCachedReadBytes).AddSerializerFactory<CachedReadSerializerFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFitnessProvider, SyntheticProvider>());
        services.AddOAuthProviders();
        services.AddSingleton<ProviderRegistry>();
        services.AddSingleton<ActivitySource>();
        services.AddOptions<ActivityBestsOptions>();
        services.AddSingleton<ActivityBestsStore>();
        services.AddScoped<ConnectionService>();
        services.AddScoped<SleepReader>();
        services.AddProviderHttp();
        services.AddSingleton<OAuthFlows>();
        services.TryAddSingleton<IAccountLock, InProcessAccountLock>();
        services.TryAddSingleton<IAccessTokenSource, AccessTokenSource>();
        services.TryAddSingleton<IOAuthCallbackHost, HttpServerCallbackHost>();
        services.AddScoped<ProviderTokenStore>();
        services.AddScoped<OAuthAppResolver>();
        services.AddScoped<OAuthStateStore>();
        services.AddScoped<ConnectionWorkflow>();
        services.AddHealthChecks().AddCheck<ProviderHealthCheck>("providers");
        return services;
    }
}
