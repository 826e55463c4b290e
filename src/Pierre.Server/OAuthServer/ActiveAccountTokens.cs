using OpenIddict.Abstractions;
using OpenIddict.Server;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// The token endpoint gives tokens only to an active account: a code or refresh token of a user who was suspended (or
/// removed) since the grant is refused with <c>invalid_grant</c>, before the refresh token is spent.
/// </summary>
internal sealed class ActiveAccountTokens(LiveCredentials live) : IOpenIddictServerHandler<OpenIddictServerEvents.HandleTokenRequestContext>
{
    public async ValueTask HandleAsync(OpenIddictServerEvents.HandleTokenRequestContext context)
    {
        var account = Guid.TryParse(context.Principal?.GetClaim(Claims.Subject), out var userId)
            ? await live.AccountAsync(userId, context.CancellationToken).ConfigureAwait(false)
            : null;
        if (account is null)
        {
            context.Reject(OpenIddictConstants.Errors.InvalidGrant, "the account that granted this access no longer exists");
        }
        else if (account.Status != UserStatus.Active)
        {
            context.Reject(OpenIddictConstants.Errors.InvalidGrant, account.Status == UserStatus.Suspended ? AccountStatusMessages.Suspended : "the account is waiting for an administrator's approval");
        }
    }
}
