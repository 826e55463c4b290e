using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Activities;

internal static class ActivitiesServiceCollectionExtensions
{
    /// <summary>Registers the activity services; they read through the providers that <c>AddPierreConnections</c> installs.</summary>
    public static IServiceCollection AddPierreActivities(this IServiceCollection services)
    {
        services.AddPierreIntelligence();
        services.TryAddScoped<ProviderResolver>();
        services.TryAddScoped<ActivityService>();
        return services;
    }
}
