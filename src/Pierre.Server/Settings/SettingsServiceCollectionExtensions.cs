using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Server.Activities;

namespace Pierre.Server.Settings;

internal static class SettingsServiceCollectionExtensions
{
    public static IServiceCollection AddPierreSettings(this IServiceCollection services)
    {
        services.AddPierreActivities();
        services.TryAddScoped<SettingsService>();
        return services;
    }
}
