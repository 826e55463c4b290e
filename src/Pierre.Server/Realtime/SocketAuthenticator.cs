using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;
using Pierre.Server.Web;

namespace Pierre.Server.Realtime;

/// <summary>
/// The ways into <c>/ws</c>: a bearer credential on the upgrade request, or in the socket's first message. Either is
/// checked as everywhere else (<see cref="BearerAuthenticator"/>, then <see cref="CallerResolver"/>), and must stand
/// for an active user who is not an A2A agent. The web UI's pages come in with their cookie session instead; a browser
/// always sends <c>Origin</c> on an upgrade, and <see cref="SocketOrigins"/> refuses any but this server's.
/// </summary>
internal sealed class SocketAuthenticator(BearerAuthenticator bearer, CallerResolver callers, LiveCredentials live)
{
    private const string AuthenticationType = "websocket";

    /// <summary>
    /// The upgrade request's <c>Authorization</c> header, else the web UI's session cookie; <see cref="SocketSignIn.None"/>
    /// when it has neither.
    /// </summary>
    public async Task<SocketSignIn> FromRequestAsync(HttpRequest request, CancellationToken ct)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            return await FromCredentialAsync(authorization, ct).ConfigureAwait(false);
        }

        var session = await request.HttpContext.AuthenticateAsync(WebAuthentication.Scheme).ConfigureAwait(false);
        return session.Succeeded ? await AdmitAsync(session.Principal, ct).ConfigureAwait(false) : SocketSignIn.None;
    }

    /// <summary>An access token or API key, with or without its <c>Bearer</c> prefix.</summary>
    public async Task<SocketSignIn> FromCredentialAsync(string credential, CancellationToken ct) =>
        await bearer.AuthenticateAsync(credential, AuthenticationType, ct).ConfigureAwait(false) is { } principal
            ? await AdmitAsync(principal, ct).ConfigureAwait(false)
            : SocketSignIn.Refused("the credential is not a valid access token or API key");

    /// <summary>Whether the principal may hold a socket now; <see cref="SocketSession"/> asks again every few seconds.</summary>
    public async Task<SocketSignIn> AdmitAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.HasClaim(c => c.Type == PierreClaims.AgentId))
        {
            return SocketSignIn.Refused("an A2A agent's key may not open live updates", forbidden: true);
        }

        var (caller, refusal) = await callers.ResolveAsync(principal, ct).ConfigureAwait(false);
        if (caller is not null)
        {
            return SocketSignIn.Admitted(principal, caller);
        }

        return await AwaitingApprovalAsync(principal, ct).ConfigureAwait(false) is { } waiting
            ? SocketSignIn.Admitted(principal, waiting)
            : SocketSignIn.Refused(refusal!, forbidden: true);
    }

    /// <summary>
    /// A web session of an account still waiting for approval may hold a socket, to hear <c>account_approved</c>: such
    /// an account has no usage, connections or data, so its own account's events are all it can receive.
    /// </summary>
    private async Task<Caller?> AwaitingApprovalAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (principal.FindFirstValue(PierreClaims.AuthMethod) != AuthMethods.WebSession || AuthManager.UserId(principal) is not { } userId
            || Guid.TryParse(principal.FindFirstValue(PierreClaims.SessionId), out var session) && await live.SessionEndedAsync(session, ct).ConfigureAwait(false))
        {
            return null;
        }

        return await live.AccountAsync(userId, ct).ConfigureAwait(false) is { Status: UserStatus.Pending } account
               && account.TenantId == CallerTenant.Of(principal)
            ? Caller.Of(userId, account, principal)
            : null;
    }
}
