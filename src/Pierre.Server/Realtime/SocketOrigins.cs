using System.Globalization;
using Pierre.Server.Configuration;

namespace Pierre.Server.Realtime;

/// <summary>
/// A browser's upgrade request must come from this server's own origin (the request's scheme and host, which host
/// filtering already limits, or BASE_URL) or from one listed in <c>CORS_ALLOWED_ORIGINS</c>: a page elsewhere could
/// otherwise open a socket with the cookies of a signed-in user. Requests without <c>Origin</c> are not browsers'.
/// </summary>
internal sealed class SocketOrigins(ServerConfig config)
{
    private readonly HashSet<string> _configured =
        new(config.CorsAllowedOrigins.Append(config.BaseUrl.ToString()).Select(Canonical).OfType<string>(), StringComparer.Ordinal);

    public bool Allows(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || Canonical(origin) is { } canonical && (canonical == Canonical($"{request.Scheme}://{request.Host}") || _configured.Contains(canonical));
    }

    /// <summary><c>scheme://host:port</c> with the scheme's default port spelled out, or null for anything but an http(s) origin.</summary>
    private static string? Canonical(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? string.Create(CultureInfo.InvariantCulture, $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}:{uri.Port}")
            : null;
}
