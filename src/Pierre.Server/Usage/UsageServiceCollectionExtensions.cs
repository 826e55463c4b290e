namespace Pierre.Server.Usage;

internal static class UsageServiceCollectionExtensions
{
    public static IServiceCollection AddPierreUsage(this IServiceCollection services)
    {
        services.AddSingleton<QuotaTracker>();
        services.AddSingleton<UsageRecorder>();
        services.AddHostedService<UsageFlushService>();
        return services;
    }
}
