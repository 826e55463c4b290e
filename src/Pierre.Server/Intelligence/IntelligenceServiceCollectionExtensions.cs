using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Server.Activities;

namespace Pierre.Server.Intelligence;

internal static class IntelligenceServiceCollectionExtensions
{
    /// <summary>Registers what every analysis shares: the athlete with the user's settings, training load and threshold estimates.</summary>
    public static IServiceCollection AddPierreIntelligence(this IServiceCollection services)
    {
        services.TryAddScoped<ProviderResolver>();
        services.TryAddScoped<AthleteProfiles>();
        services.TryAddSingleton<TrainingLoadReport>();
        services.TryAddSingleton<ThresholdFinder>();
        return services;
    }
}
