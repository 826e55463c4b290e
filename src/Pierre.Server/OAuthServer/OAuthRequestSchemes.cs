using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// OpenIddict's server and validation handlers are ASP.NET Core request handlers, which the authentication middleware
/// runs on every request: 6 % of an MCP call's CPU for matching the path against its endpoints. Here the server's runs
/// only on its own paths (<c>/oauth2/…</c>, <c>/.well-known/…</c>), and the validation's only when an OAuth access
/// token is checked (<see cref="OAuthTokenAuthenticationHandler"/> runs it).
/// </summary>
internal sealed class OAuthRequestSchemes(IOptions<AuthenticationOptions> options, IHttpContextAccessor http) : AuthenticationSchemeProvider(options)
{
    public const string OpenIddictSchemePrefix = "OpenIddict.";

    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var all = await base.GetRequestHandlerSchemesAsync().ConfigureAwait(false);
        return http.HttpContext?.Request.Path is { } path && (path.StartsWithSegments("/oauth2") || path.StartsWithSegments("/.well-known"))
            ? all.Where(s => s.Name != OAuthServerExtensions.ValidationScheme)
            : all.Where(s => !s.Name.StartsWith(OpenIddictSchemePrefix, StringComparison.Ordinal));
    }
}
