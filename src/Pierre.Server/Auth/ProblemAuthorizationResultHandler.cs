using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Pierre.Server.Errors;

namespace Pierre.Server.Auth;

/// <summary>401 and 403 answers are ProblemDetails that tell the caller what to do next.</summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        authorizeResult.Succeeded ? next(context) : RefuseAsync(next, context, policy, authorizeResult);

    private async Task RefuseAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        // The web UI's pages send a browser to the login page (or home) instead.
        if (policy.AuthenticationSchemes.Contains(Web.WebAuthentication.Scheme))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
            return;
        }

        if (authorizeResult.Challenged)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult).ConfigureAwait(false);
            // The request's handler keeps its result: this re-reads why the credential failed, it does not check it again.
            var refused = (await context.AuthenticateAsync().ConfigureAwait(false)).Failure as RefusedCredentialException;
            if (context.GetEndpoint()?.Metadata.GetMetadata<Mcp.McpEndpointMarker>() is not null)
            {
                // A remote MCP client that has only the URL learns from this where to sign in (MCP authorization, RFC 9728).
                context.Response.Headers.WWWAuthenticate = OAuthServer.ProtectedResource.Challenge(context.RequestServices.GetRequiredService<Configuration.ServerConfig>(), refused?.Message);
            }

            await Problems.Unauthorized(refused?.Message ?? "authentication required: send Authorization: Bearer <access token or API key>, or X-API-Key")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await Problems.Forbidden(ForbiddenReason(context.User)).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private static string ForbiddenReason(ClaimsPrincipal user) => user.FindFirstValue(PierreClaims.Status) switch
    {
        StatusNames.Pending => AccountStatusMessages.Pending(user.FindFirstValue(PierreClaims.Subject)),
        StatusNames.Suspended => AccountStatusMessages.Suspended,
        _ when user.HasClaim(c => c.Type == PierreClaims.AgentId) => "an A2A agent's key may only call tools (/a2a, /mcp); its owner manages the account",
        _ => "this operation needs more permissions than the credential has",
    };
}
