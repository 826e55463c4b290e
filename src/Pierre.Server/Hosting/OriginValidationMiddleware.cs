using Pierre.Server.Configuration;

namespace Pierre.Server.Hosting;

/// <summary>
/// Refuses browser requests to <c>/mcp</c> from origins that are not this server's (BASE_URL, loopback, or
/// <c>CORS_ALLOWED_ORIGINS</c>), as the MCP transport specification asks, against DNS rebinding.
/// </summary>
internal sealed class OriginValidationMiddleware(RequestDelegate next, ServerConfig config)
{
    private readonly HashSet<string> _allowedHosts = new(AllowedHostNames(config), StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _allowedOrigins = new(config.CorsAllowedOrigins.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> AllowedHostNames(ServerConfig config) => [config.BaseUrl.Host, "localhost", "127.0.0.1", "[::1]", "::1"];

    public async Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && context.Request.Path.StartsWithSegments("/mcp", StringComparison.OrdinalIgnoreCase) && !Allowed(origin))
        {
            await Errors.Problems.Forbidden($"origin {origin} may not use this server's MCP endpoint").ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private bool Allowed(string origin) =>
        _allowedOrigins.Contains(origin.TrimEnd('/'))
        || Uri.TryCreate(origin, UriKind.Absolute, out var uri) && _allowedHosts.Contains(uri.Host);
}
