using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pierre.Server.Dashboard;

internal static class DashboardServiceCollectionExtensions
{
    public static IServiceCollection AddPierreDashboard(this IServiceCollection services)
    {
        services.TryAddSingleton(new DashboardLimits());
        services.AddScoped<DashboardService>();
        return services;
    }
}
