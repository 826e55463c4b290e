using System.Text.Json;
using Microsoft.Extensions.Logging.Console;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Health;
using Pierre.Server.Realtime;
using Pierre.Server.Security;
using Pierre.Server.Tenants;
using Pierre.Server.Usage;

namespace Pierre.Server.Hosting;

/// <summary>
/// The seed's initialisation steps shared by every way of running the server (HTTP, stdio, one-shot commands):
/// configuration, logging, keys, database, auth, usage and admin services.
/// </summary>
internal static class PierreComposition
{
    /// <summary>Returns the validated configuration, or null after printing one line when it is unusable.</summary>
    public static ServerConfig? AddPierreCore(this IHostApplicationBuilder builder, bool logsToStandardError)
    {
        ServerConfig config;
        try
        {
            config = ServerConfig.Load(builder.Configuration);
            builder.Logging.AddPierreLogging(config);
            if (logsToStandardError)
            {
                // stdout carries only the protocol (stdio) or a command's result.
                builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            }

            builder.Services.AddSingleton(config);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddPierreSecurity(config);
        }
        catch (Exception e) when (e is ConfigurationException or InvalidDataException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"pierre-mcp-server: configuration error: {e.Message}");
            return null;
        }

        builder.Services.AddPierreData(config.Database);
        builder.Services.AddPierreHealth();
        builder.Services.AddPierreAuth();
        builder.Services.AddPierreUsage();
        builder.Services.AddPierreRealtime();
        builder.Services.AddPierreRateLimits(config);
        builder.Services.AddPierreAdmin();
        builder.Services.AddPierreTenants();
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        return config;
    }
}
