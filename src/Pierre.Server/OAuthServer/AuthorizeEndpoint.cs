using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Web;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// <c>/oauth2/authorize</c>, after OpenIddict has checked the client, its redirect URI, PKCE, the scopes and the
/// resource: the person signs in with the web UI's login page, reads the consent page, and allows or denies. Only an
/// active account can grant; the grant is stored (users see and revoke it) and audited.
/// </summary>
internal static class AuthorizeEndpoint
{
    public const string DecisionField = "decision";
    public const string Allow = "allow";

    public static async Task<IResult> HandleAsync(
        HttpContext context, IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations, IAntiforgery antiforgery,
        LiveCredentials live, PierreDbContext db, TimeProvider clock, ServerConfig config)
    {
        var request = context.GetOpenIddictServerRequest();
        if (request?.ClientId is not { } clientId || await applications.FindByClientIdAsync(clientId, context.RequestAborted).ConfigureAwait(false) is not { } application)
        {
            return Pierre.Server.Errors.Problems.BadRequest("not an authorization request: start from the client's sign-in link");
        }

        var signedIn = await context.AuthenticateAsync(WebAuthentication.Scheme).ConfigureAwait(false);
        if (signedIn.Principal is not { } person || AuthManager.UserId(person) is not { } userId)
        {
            return Results.Redirect($"/login?ReturnUrl={Uri.EscapeDataString(AuthorizePathWith(context))}");
        }

        var account = await live.AccountAsync(userId, context.RequestAborted).ConfigureAwait(false);
        if (account is null || account.Status != UserStatus.Active)
        {
            return Deny(account?.Status == UserStatus.Suspended ? AccountStatusMessages.Suspended : "the account is waiting for an administrator's approval");
        }

        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType || !context.Request.Form.ContainsKey(DecisionField))
        {
            return Results.Redirect(OAuthServerExtensions.ConsentPath + QueryString.Create(Parameters(context)));
        }

        try
        {
            // The consent page's token was issued to the signed-in person, which this endpoint's default scheme is not.
            context.User = person;
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Pierre.Server.Errors.Problems.BadRequest("the consent form expired: start the sign-in again from the client");
        }

        if (context.Request.Form[DecisionField] != Allow)
        {
            return Deny("the user denied the request");
        }

        var scopes = Granted(request.GetScopes());
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, userId.ToString()).SetClaim(PierreClaims.TenantId, account.TenantId.ToString());
        identity.SetScopes(scopes);
        identity.SetResources(request.GetResources() is { Length: > 0 } resources ? resources : [OAuthServerExtensions.McpResource(config).AbsoluteUri]);
        var applicationId = await applications.GetIdAsync(application, context.RequestAborted).ConfigureAwait(false);
        var authorization = await authorizations.FindAsync(userId.ToString(), applicationId!, Statuses.Valid, AuthorizationTypes.Permanent, scopes, context.RequestAborted)
                .FirstOrDefaultAsync(context.RequestAborted).ConfigureAwait(false)
            ?? await authorizations.CreateAsync(identity, userId.ToString(), applicationId!, AuthorizationTypes.Permanent, scopes, context.RequestAborted).ConfigureAwait(false);
        identity.SetAuthorizationId(await authorizations.GetIdAsync(authorization, context.RequestAborted).ConfigureAwait(false));
        identity.SetDestinations(claim => claim.Type == PierreClaims.TenantId ? [Destinations.AccessToken] : []);

        db.Record(person, "oauth.grant", account.TenantId, "oauth_client", clientId, clock.GetUtcNow().UtcDateTime, string.Join(' ', scopes));
        await db.SaveChangesAsync(context.RequestAborted).ConfigureAwait(false);
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The tool scopes granted, and always <c>offline_access</c>: a grant lasts until it is revoked, through rotating refresh tokens.</summary>
    private static ImmutableArray<string> Granted(ImmutableArray<string> requested) =>
        [.. OAuthScopes.ToolScopesGranted(requested), OAuthScopes.OfflineAccess];

    private static IResult Deny(string reason) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = OpenIddictConstants.Errors.AccessDenied,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = reason,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>The request's OAuth parameters, from the query or (a form post) the form, without the consent form's own fields.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> Parameters(HttpContext context)
    {
        IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> source =
            HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType ? context.Request.Form : context.Request.Query;
        return source.Where(p => p.Key is not DecisionField && !p.Key.StartsWith("__", StringComparison.Ordinal))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString()));
    }

    private static string AuthorizePathWith(HttpContext context) => OAuthServerExtensions.AuthorizePath + QueryString.Create(Parameters(context));
}
