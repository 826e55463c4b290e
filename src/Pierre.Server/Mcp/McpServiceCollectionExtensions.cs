using Microsoft.AspNetCore.Mvc;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Pierre.Server.Activities;
using Pierre.Server.Analysis;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Connections;
using Pierre.Server.Goals;
using Pierre.Server.Hosting;
using Pierre.Server.Mcp.Tools;
using Pierre.Server.Settings;

namespace Pierre.Server.Mcp;

internal static class McpServiceCollectionExtensions
{
    /// <summary>Registers the tools and the handlers; the caller adds the transport (HTTP, stdio).</summary>
    public static IMcpServerBuilder AddPierreMcp(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<ConnectionIdentities>();
        // The application services every front end calls; MCP is the first front end, so it registers them for now.
        services.AddPierreConnections();
        services.AddPierreActivities();
        services.AddPierreAnalysis();
        services.AddPierreGoals();
        services.AddPierreSettings();
        services.AddScoped<Transports.LocalOwner>();
        services.AddScoped<McpCallerResolver>();
        services.AddScoped<ToolGate>();
        services.AddScoped<ToolRunner>();
        services.AddSingleton<ToolCatalog>();
        AddTool<ConnectProviderTool>(services, ConnectProviderTool.Definition);
        AddTool<GetConnectionStatusTool>(services, GetConnectionStatusTool.Definition);
        AddTool<DisconnectProviderTool>(services, DisconnectProviderTool.Definition);
        AddTool<SetDefaultProviderTool>(services, SetDefaultProviderTool.Definition);
        AddTool<GetActivitiesTool>(services, GetActivitiesTool.Definition);
        AddTool<GetAthleteTool>(services, GetAthleteTool.Definition);
        AddTool<GetStatsTool>(services, GetStatsTool.Definition);
        AddTool<PredictPerformanceTool>(services, PredictPerformanceTool.Definition);
        AddTool<CalculateCriticalPowerTool>(services, CalculateCriticalPowerTool.Definition);
        AddTool<AnalyzeTrainingLoadTool>(services, AnalyzeTrainingLoadTool.Definition);
        AddTool<CalculateFitnessScoreTool>(services, CalculateFitnessScoreTool.Definition);
        AddTool<CalculatePersonalizedZonesTool>(services, CalculatePersonalizedZonesTool.Definition);
        AddTool<CalculateDailyNutritionTool>(services, CalculateDailyNutritionTool.Definition);
        AddTool<CalculateRecoveryScoreTool>(services, CalculateRecoveryScoreTool.Definition);
        AddTool<SuggestRestDayTool>(services, SuggestRestDayTool.Definition);
        AddTool<AnalyzeSleepQualityTool>(services, AnalyzeSleepQualityTool.Definition);
        AddTool<CalculateMetricsTool>(services, CalculateMetricsTool.Definition);
        AddTool<AnalyzePerformanceTrendsTool>(services, AnalyzePerformanceTrendsTool.Definition);
        AddTool<AnalyzeActivityTool>(services, AnalyzeActivityTool.Definition);
        AddTool<GetActivityIntelligenceTool>(services, GetActivityIntelligenceTool.Definition);
        AddTool<CompareActivitiesTool>(services, CompareActivitiesTool.Definition);
        AddTool<DetectPatternsTool>(services, DetectPatternsTool.Definition);
        AddTool<GenerateRecommendationsTool>(services, GenerateRecommendationsTool.Definition);
        AddTool<GetConfigurationCatalogTool>(services, GetConfigurationCatalogTool.Definition);
        AddTool<GetConfigurationProfilesTool>(services, GetConfigurationProfilesTool.Definition);
        AddTool<GetUserConfigurationTool>(services, GetUserConfigurationTool.Definition);
        AddTool<UpdateUserConfigurationTool>(services, UpdateUserConfigurationTool.Definition);
        AddTool<ValidateConfigurationTool>(services, ValidateConfigurationTool.Definition);
        AddTool<SetGoalTool>(services, SetGoalTool.Definition);
        AddTool<TrackProgressTool>(services, TrackProgressTool.Definition);
        AddTool<SuggestGoalsTool>(services, SuggestGoalsTool.Definition);
        AddTool<AnalyzeGoalFeasibilityTool>(services, AnalyzeGoalFeasibilityTool.Definition);

        // Stateless HTTP builds these options for every request: the instructions are composed once.
        services.AddSingleton(sp => new ServerInstructions(ServerInstructions.For(sp.GetRequiredService<ProviderRegistry>())));
        services.AddOptions<McpServerOptions>().Configure<ServerInstructions>((o, instructions) => o.ServerInstructions = instructions.Text);
        return services.AddMcpServer(o => o.ServerInfo = new Implementation { Name = "pierre", Title = "Pierre fitness data", Version = ServerVersion.Current })
            .WithMessageFilters(f => f.AddIncomingFilter(RequestParamsCheck.Filter))
            .WithListToolsHandler(McpHandlers.ListToolsAsync)
            .WithCallToolHandler(McpHandlers.CallToolAsync);
    }

    public static IEndpointRouteBuilder MapPierreMcp(this IEndpointRouteBuilder endpoints)
    {
        var maxBodyBytes = endpoints.ServiceProvider.GetRequiredService<ServerConfig>().McpMaxBodyBytes;
        endpoints.MapMcp("/mcp").RequireAuthorization(Policies.ToolCaller).WithMetadata(new RequestSizeLimitAttribute(maxBodyBytes), McpEndpointMarker.Instance);
        return endpoints;
    }

    private static void AddTool<T>(IServiceCollection services, ToolDescriptor descriptor)
        where T : class, IMcpTool
    {
        services.AddSingleton(descriptor);
        services.AddKeyedScoped<IMcpTool, T>(descriptor.Name);
    }
}
