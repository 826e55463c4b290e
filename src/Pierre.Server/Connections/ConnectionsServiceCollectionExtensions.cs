using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Providers;
using Pierre.Providers.Synthetic;

namespace Pierre.Server.Connections;

internal static class ConnectionsServiceCollectionExtensions
{
    /// <summary>Registers the installed providers, their registry, and the services that connect and read them.</summary>
    public static IServiceCollection AddPierreConnections(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFitnessProvider, SyntheticProvider>());
        services.AddSingleton<ProviderRegistry>();
        services.AddSingleton<ActivitySource>();
        services.AddScoped<ConnectionService>();
        return services;
    }
}
