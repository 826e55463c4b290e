using Microsoft.AspNetCore.Http.Timeouts;
using Pierre.Server.Configuration;
using Pierre.Server.Errors;

namespace Pierre.Server.Hosting;

internal static class HostingExtensions
{
    /// <summary>Text or JSON lines on the console; <c>LOG_LEVEL</c> sets the floor. Framework chatter stays at warnings.</summary>
    public static ILoggingBuilder AddPierreLogging(this ILoggingBuilder logging, ServerConfig config)
    {
        logging.ClearProviders();
        if (config.LogFormat == LogFormat.Json)
        {
            logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }
        else
        {
            logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            });
        }

        var frameworkFloor = config.LogLevel > LogLevel.Warning ? config.LogLevel : LogLevel.Warning;
        return logging
            .SetMinimumLevel(config.LogLevel)
            .AddFilter("Microsoft.AspNetCore", frameworkFloor)
            // Its lines are per request (RequestLoggingMiddleware writes Pierre's), and while it is on at any level,
            // ASP.NET Core starts an Activity and a log scope for every request.
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", config.LogLevel <= LogLevel.Debug ? config.LogLevel : LogLevel.None)
            .AddFilter("Microsoft.EntityFrameworkCore", frameworkFloor)
            .AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.Critical)
            // The SDK logs every JSON-RPC error it returns (an unknown tool, say) as a warning with a stack trace.
            .AddFilter("ModelContextProtocol", config.LogLevel > LogLevel.Error ? config.LogLevel : LogLevel.Error);
    }

    /// <summary>Kestrel on one port with the seed's connection cap; shutdown drains in-flight requests for up to 30 s.</summary>
    public static WebApplicationBuilder ConfigurePierreHosting(this WebApplicationBuilder builder, ServerConfig config)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxConcurrentConnections = config.MaxConnections;
            kestrel.Listen(config.BindAddress, config.HttpPort);
        });
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = config.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        builder.Services.AddPierreProblemDetails();
        // Never "*": a request naming another host is refused (DNS rebinding), whatever the port.
        builder.Services.Configure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
        {
            o.AllowedHosts = [.. OriginValidationMiddleware.AllowedHostNames(config).Where(h => h != "::1")];
            o.IncludeFailureMessage = false;
        });
        // The web defaults filter hosts ahead of the whole pipeline, where a refusal is an HTML page that neither the
        // request log nor the ProblemDetails writer sees; Program.cs runs the same middleware after both instead.
        foreach (var outerFilter in builder.Services.Where(d => d.ImplementationType?.Name == "HostFilteringStartupFilter").ToList())
        {
            builder.Services.Remove(outerFilter);
        }
        builder.Services.AddCors(o => o.AddDefaultPolicy(policy => policy
            .WithOrigins([.. config.CorsAllowedOrigins])
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "Retry-After", "WWW-Authenticate", "Mcp-Session-Id")));
        return builder;
    }
}
