using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pierre.Providers.Http;
using Pierre.Providers.OAuth;

namespace Pierre.Providers.Fitbit;

public static class FitbitServiceCollectionExtensions
{
    /// <summary>
    /// Fitbit as a provider, a sleep source and an OAuth flow, with its named HttpClient (base address
    /// <see cref="FitbitOptions.ApiBase"/>). The host registers the <see cref="IAccessTokenSource"/>.
    /// </summary>
    public static IServiceCollection AddFitbitProvider(this IServiceCollection services, Action<FitbitOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        services.AddProviderHttp();

        var registered = new FitbitOptions();
        configure(registered);
        services.AddProviderHttpClient(FitbitProvider.ProviderName, registered.AttemptTimeout)
            .ConfigureHttpClient((provider, client) => client.BaseAddress = provider.GetRequiredService<IOptions<FitbitOptions>>().Value.ApiBase);

        services.TryAddSingleton<FitbitProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFitnessProvider, FitbitProvider>(p => p.GetRequiredService<FitbitProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISleepSource, FitbitProvider>(p => p.GetRequiredService<FitbitProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOAuthFlow, FitbitOAuthFlow>());
        return services;
    }
}
