namespace Pierre.Server.Hosting;

/// <summary>
/// Hardening headers on every response, set as the response starts so that error pages written later (exception
/// handler, status code pages, host filtering) carry them too.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    // The web UI loads its own stylesheet and script and opens /ws; nothing inline, nothing from elsewhere.
    private const string HtmlContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

    // Every answer under these prefixes may hold a secret (access and refresh tokens, API keys, admin and setup
    // tokens) or an account's private data; no cache, shared or local, needs to keep any of them.
    private static readonly string[] NeverStoredPrefixes = ["/api/auth", "/api/keys", "/api/oauth", "/admin"];

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                headers.ContentSecurityPolicy = HtmlContentSecurityPolicy;
            }

            if (IsNeverStored(context.Request.Path))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    // A loop rather than a lambda over the path: this runs for every response, and the lambda was an allocation each time.
    private static bool IsNeverStored(PathString path)
    {
        foreach (var prefix in NeverStoredPrefixes)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
