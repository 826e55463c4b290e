using System.Net;
using Microsoft.Extensions.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Errors;
using Pierre.Server.Hosting;

namespace Pierre.Server.Diagnostics;

/// <summary>
/// Metrics through OpenTelemetry, scraped as Prometheus text at <c>/metrics</c>: Pierre's meter, the runtime's, and
/// ASP.NET Core's and Kestrel's. Traces go to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
internal static class MetricsExtensions
{
    public const string Path = "/metrics";
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    private const string KestrelMeter = "Microsoft.AspNetCore.Server.Kestrel";

    public static WebApplicationBuilder AddPierreMetrics(this WebApplicationBuilder builder, ServerConfig config)
    {
        builder.Services.TryAddSingleton<RequestMetrics>();
        // Only this host's meters (its IMeterFactory's): a provider subscribed by name would also take every other
        // host's meter of that name in the process, count their traffic, and lose its series when one of them stops.
        // Not ASP.NET Core's hosting meter: its request histogram would record every request a second time.
        builder.Metrics.EnableMetrics(RequestMetrics.MeterName, scopes: MeterScope.Local)
            .EnableMetrics(KestrelMeter, scopes: MeterScope.Local);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("pierre-mcp-server", serviceVersion: ServerVersion.Current))
            .WithMetrics(metrics => metrics
                .AddRuntimeInstrumentation()
                // A scrape sees the figures of that moment; the exporter would otherwise serve a copy up to 300 ms old.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]))
        {
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddOtlpExporter());
        }

        if (config.MetricsPort is { } port)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        }

        return builder;
    }

    /// <summary>
    /// <c>/metrics</c> on the main port for callers who see operations across tenants, and without credentials on the
    /// loopback-only <c>PIERRE_METRICS_PORT</c> when it is set.
    /// </summary>
    public static IEndpointRouteBuilder MapPierreMetrics(this IEndpointRouteBuilder app, ServerConfig config)
    {
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: b => b.Use(RequireOperationsAcrossTenants), optionsName: null)
            .RequireAuthorization(Policies.Admin)
            .WithMetadata(new AdminPermission(AdminAccess.ViewOperations));
        if (config.MetricsPort is { } port)
        {
            // The host pattern only picks the endpoint (a Host header is the caller's text); the socket decides.
            app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: b => b.Use(OnlyOnLoopbackPort(port)), optionsName: null)
                .RequireHost($"*:{port}")
                .AllowAnonymous()
                .WithMetadata(AdminPermission.Public);
        }

        return app;
    }

    private static async Task RequireOperationsAcrossTenants(HttpContext context, RequestDelegate next)
    {
        var permission = context.GetEndpoint()?.Metadata.GetMetadata<AdminPermission>();
        var caller = context.User;
        var refusal = permission is null ? Problems.Forbidden("this route declares no permission, so nobody may call it")
            : !AdminAccess.Allows(caller, permission.Name) ? Problems.Forbidden($"this needs the {permission.Name} permission")
            // The figures are process-wide: they would show a tenant admin every other tenant's traffic.
            : AdminAccess.TenantScope(caller) is not null ? Problems.Forbidden($"{Path} counts every tenant's traffic; a tenant admin sees its own tenant at /api/dashboard")
            : null;
        if (refusal is not null)
        {
            await refusal.ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static Func<HttpContext, RequestDelegate, Task> OnlyOnLoopbackPort(int port) => (context, next) =>
        context.Connection.LocalPort == port && context.Connection.LocalIpAddress is { } local && IPAddress.IsLoopback(local)
            ? next(context)
            : Problems.NotFound("route").ExecuteAsync(context);
}
