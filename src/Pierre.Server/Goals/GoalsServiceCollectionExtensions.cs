using Microsoft.Extensions.DependencyInjection.Extensions;
using Pierre.Server.Activities;

namespace Pierre.Server.Goals;

internal static class GoalsServiceCollectionExtensions
{
    public static IServiceCollection AddPierreGoals(this IServiceCollection services)
    {
        services.AddPierreActivities();
        services.TryAddScoped<GoalStore>();
        services.TryAddScoped<GoalService>();
        return services;
    }
}
