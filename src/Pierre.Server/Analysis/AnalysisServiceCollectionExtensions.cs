using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Server.Activities;

namespace Pierre.Server.Analysis;

internal static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddPierreAnalysis(this IServiceCollection services)
    {
        services.AddPierreActivities();
        services.TryAddScoped<ActivityAnalysisService>();
        services.TryAddScoped<ActivityComparisonService>();
        services.TryAddScoped<TrainingAnalysisService>();
        services.TryAddScoped<RecoveryService>();
        services.TryAddScoped<NutritionService>();
        services.TryAddScoped<PerformanceService>();
        services.TryAddScoped<CriticalPowerService>();
        services.TryAddScoped<CriticalZonesService>();
        return services;
    }
}
