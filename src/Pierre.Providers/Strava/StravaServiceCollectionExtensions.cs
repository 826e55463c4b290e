using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pierre.Providers.Http;
using Pierre.Providers.OAuth;

namespace Pierre.Providers.Strava;

public static class StravaServiceCollectionExtensions
{
    /// <summary>
    /// Strava as a provider and an OAuth flow. The host registers the <see cref="IAccessTokenSource"/> the provider
    /// reads tokens from; without a client id the provider is installed but not configured.
    /// </summary>
    public static IServiceCollection AddStravaProvider(this IServiceCollection services, Action<StravaOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var configured = new StravaOptions();
        configure(configured);

        services.Configure(configure);
        services.AddProviderHttp();
        services.AddProviderHttpClient(StravaProvider.ProviderName, configured.AttemptTimeout)
            .ConfigureHttpClient((sp, client) => client.BaseAddress = WithTrailingSlash(sp.GetRequiredService<IOptions<StravaOptions>>().Value.ApiBase));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFitnessProvider, StravaProvider>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOAuthFlow, StravaOAuthFlow>());
        return services;
    }

    /// <summary>Relative paths resolve under the base only when it ends with a slash (<c>…/api/v3/</c> + <c>athlete</c>).</summary>
    private static Uri WithTrailingSlash(Uri apiBase) =>
        apiBase.AbsoluteUri.EndsWith('/') ? apiBase : new Uri(apiBase.AbsoluteUri + "/");
}
