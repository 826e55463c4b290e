using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using Pierre.Server.Auth;
using Pierre.Server.Mcp;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// An access token of Pierre's authorization server at <c>/mcp</c>: OpenIddict checks its signature, lifetime, audience
/// (the <c>/mcp</c> resource) and that neither it nor its grant was revoked; then, like every session, the live account
/// gives its role and status, and the token's scopes narrow the tools. Anywhere else the token is refused.
/// </summary>
internal sealed class OAuthTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LiveCredentials live)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PierreOAuth";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Context.GetEndpoint()?.Metadata.GetMetadata<McpEndpointMarker>() is null)
        {
            return Refused("an OAuth access token is for /mcp only; the REST API takes a JWT from /api/auth/login or an API key");
        }

        // OpenIddict's validation handler reads the token when it handles the request, which the middleware leaves to this.
        if (await Context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>().GetHandlerAsync(Context, OAuthServerExtensions.ValidationScheme).ConfigureAwait(false)
            is IAuthenticationRequestHandler validation)
        {
            await validation.HandleRequestAsync().ConfigureAwait(false);
        }

        var validated = await Context.AuthenticateAsync(OAuthServerExtensions.ValidationScheme).ConfigureAwait(false);
        if (validated.Principal is not { } token)
        {
            return Refused("the access token is not valid (expired, revoked, or for another resource): sign in again");
        }

        var identity = new ClaimsIdentity(SchemeName, PierreClaims.Subject, PierreClaims.Role);
        identity.AddClaim(new Claim(PierreClaims.Subject, token.GetClaim(Claims.Subject) ?? string.Empty));
        identity.AddClaim(new Claim(PierreClaims.TenantId, token.GetClaim(PierreClaims.TenantId) ?? string.Empty));
        foreach (var scope in token.GetScopes())
        {
            identity.AddClaim(new Claim(PierreClaims.OAuthScope, scope));
        }

        var principal = new ClaimsPrincipal(identity);
        return await SessionAccount.AttachAsync(principal, AuthMethods.OAuth, countsAgainstQuota: true, live, Context.RequestAborted).ConfigureAwait(false) is { } failure
            ? Refused(failure)
            : AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private static AuthenticateResult Refused(string reason) => AuthenticateResult.Fail(new RefusedCredentialException(reason));
}
