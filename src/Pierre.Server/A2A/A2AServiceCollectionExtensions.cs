namespace Pierre.Server.A2A;

internal static class A2AServiceCollectionExtensions
{
    public static IServiceCollection AddPierreA2A(this IServiceCollection services)
    {
        services.AddSingleton<AgentCard>();
        services.AddSingleton<A2ATaskRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<A2ATaskRunner>());
        services.AddScoped<A2ATaskStore>();
        services.AddScoped<A2ATaskMethods>();
        services.AddScoped<A2AAgentService>();
        services.AddHostedService<A2ATaskSweeper>();
        return services;
    }
}
