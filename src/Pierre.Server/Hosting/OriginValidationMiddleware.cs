using System.Globalization;
using Pierre.Server.Configuration;

namespace Pierre.Server.Hosting;

/// <summary>
/// Refuses browser requests to <c>/mcp</c> and <c>/a2a</c> from origins that are not this server's (BASE_URL, or loopback on the
/// server's own port) or listed in <c>CORS_ALLOWED_ORIGINS</c>, as the MCP transport specification asks, against DNS
/// rebinding. Scheme, host and port must all match: another program on a loopback port is another origin.
/// </summary>
internal sealed class OriginValidationMiddleware(RequestDelegate next, ServerConfig config)
{
    private readonly HashSet<string> _allowedOrigins = new(AllowedOrigins(config), StringComparer.Ordinal);

    public static IEnumerable<string> AllowedHostNames(ServerConfig config) => [config.BaseUrl.Host, "localhost", "127.0.0.1", "[::1]", "::1"];

    public Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length > 0 && ProtectedPath(context.Request.Path) && !Allowed(origin)
            ? Errors.Problems.Forbidden($"origin {origin} may not use this server's MCP or A2A endpoints").ExecuteAsync(context)
            : next(context);
    }

    private static bool ProtectedPath(PathString path) =>
        path.StartsWithSegments("/mcp", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/a2a", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/a2a/agent-card", StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> AllowedOrigins(ServerConfig config)
    {
        var port = config.HttpPort.ToString(CultureInfo.InvariantCulture);
        IEnumerable<string> own = [config.BaseUrl.ToString(), $"http://localhost:{port}", $"http://127.0.0.1:{port}", $"http://[::1]:{port}"];
        return own.Concat(config.CorsAllowedOrigins).Select(Canonical).OfType<string>();
    }

    private bool Allowed(string origin) => Canonical(origin) is { } canonical && _allowedOrigins.Contains(canonical);

    /// <summary><c>scheme://host:port</c> with the scheme's default port spelled out, or null for anything but an http(s) origin.</summary>
    private static string? Canonical(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}:{uri.Port}")
            : null;
}
