using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Pierre.Server.Data;
using Pierre.Server.Hosting;

namespace Pierre.Server.Health;

internal static class HealthEndpoints
{
    public static IServiceCollection AddPierreHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddDbContextCheck<PierreDbContext>("database");
        return services;
    }

    /// <summary>The seed's <c>GET /health</c>: overall status, timestamp, version and one entry per component.</summary>
    public static IEndpointRouteBuilder MapPierreHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var body = new HealthResponse(
            Name(report.Status),
            clock.GetUtcNow(),
            ServerVersion.Current,
            report.Entries.ToDictionary(
                e => e.Key,
                e => new ComponentHealth(
                    Name(e.Value.Status),
                    Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                    e.Value.Status == HealthStatus.Healthy ? null : e.Value.Description ?? $"{e.Key} check failed")));
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, HealthJsonContext.Default.HealthResponse, context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };
}
