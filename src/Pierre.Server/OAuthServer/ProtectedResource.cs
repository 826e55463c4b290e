using Pierre.Server.Configuration;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// RFC 9728 metadata for <c>/mcp</c>, at the root well-known path and at the one suffixed with <c>/mcp</c>, and the
/// challenge a 401 from <c>/mcp</c> carries, so that a client that knows only the URL finds where to sign in.
/// </summary>
internal static class ProtectedResource
{
    public const string MetadataPath = "/.well-known/oauth-protected-resource";

    public static IEndpointRouteBuilder MapProtectedResourceMetadata(this IEndpointRouteBuilder app)
    {
        foreach (var path in new[] { MetadataPath, MetadataPath + "/mcp" })
        {
            app.MapGet(path, (ServerConfig config) => Results.Json(Metadata(config))).AllowAnonymous().ExcludeFromDescription();
        }

        return app;
    }

    public static Dictionary<string, object> Metadata(ServerConfig config) => new()
    {
        ["resource"] = OAuthServerExtensions.McpResource(config).AbsoluteUri,
        ["authorization_servers"] = new[] { config.BaseUrl.AbsoluteUri.TrimEnd('/') },
        ["scopes_supported"] = OAuthScopes.ForTools,
        ["bearer_methods_supported"] = new[] { "header" },
        ["resource_name"] = "Pierre",
    };

    /// <summary>The <c>WWW-Authenticate</c> of a 401 from <c>/mcp</c>; a refused token also says why (RFC 6750).</summary>
    public static string Challenge(ServerConfig config, string? refusal)
    {
        var challenge = $"Bearer resource_metadata=\"{new Uri(config.BaseUrl, MetadataPath.TrimStart('/') + "/mcp").AbsoluteUri}\", scope=\"{string.Join(' ', OAuthScopes.ForTools)}\"";
        return refusal is null ? challenge : $"{challenge}, error=\"invalid_token\", error_description=\"{refusal.Replace('"', '\'')}\"";
    }
}
