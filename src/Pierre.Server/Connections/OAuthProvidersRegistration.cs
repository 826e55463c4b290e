using Pierre.Providers.Fitbit;
using Pierre.Providers.Strava;
using Pierre.Server.Configuration;

namespace Pierre.Server.Connections;

/// <summary>Installs Strava and Fitbit with the client and endpoints from the environment (<see cref="ServerConfig"/>).</summary>
internal static class OAuthProvidersRegistration
{
    public static IServiceCollection AddOAuthProviders(this IServiceCollection services)
    {
        services.AddStravaProvider(_ => { });
        services.AddOptions<StravaOptions>().Configure<ServerConfig>((o, config) =>
        {
            (o.ClientId, o.ClientSecret) = (config.Strava.ClientId, config.Strava.ClientSecret);
            (o.AuthUrl, o.TokenUrl, o.ApiBase, o.DeauthorizeUrl) = (config.Strava.AuthUrl, config.Strava.TokenUrl, config.Strava.ApiBase, config.Strava.RevokeUrl);
        });
        services.AddFitbitProvider(_ => { });
        services.AddOptions<FitbitOptions>().Configure<ServerConfig>((o, config) =>
        {
            (o.ClientId, o.ClientSecret) = (config.Fitbit.ClientId, config.Fitbit.ClientSecret);
            (o.AuthUrl, o.TokenUrl, o.ApiBase, o.RevokeUrl) = (config.Fitbit.AuthUrl, config.Fitbit.TokenUrl, config.Fitbit.ApiBase, config.Fitbit.RevokeUrl);
        });
        return services;
    }
}
