using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Auth;

/// <summary>
/// Re-validates a principal against the live state on every call, whatever the transport: an expired access token,
/// an ended session, a revoked or expired API key, and a pending, suspended or deleted account are refused with the
/// reason. A principal built once per connection (stdio, TCP) thus stops working as soon as its credential does.
/// </summary>
internal sealed class CallerCheck(LiveCredentials live, TimeProvider clock)
{
    public async Task<CallerVerdict> CheckAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (AuthManager.UserId(principal) is not { } userId || CallerTenant.Of(principal) is not { } tenantId)
        {
            return CallerVerdict.Refused("this credential does not stand for a user: use a user's API key or access token");
        }

        var now = clock.GetUtcNow();
        if (long.TryParse(principal.FindFirstValue(JwtRegisteredClaimNames.Exp), NumberStyles.None, CultureInfo.InvariantCulture, out var exp)
            && DateTimeOffset.FromUnixTimeSeconds(exp) <= now)
        {
            return CallerVerdict.Refused("the access token expired: sign in again (POST /api/auth/login or /api/auth/refresh) and reconnect");
        }

        if (Guid.TryParse(principal.FindFirstValue(PierreClaims.SessionId), out var session) && await live.SessionEndedAsync(session, ct).ConfigureAwait(false))
        {
            return CallerVerdict.Refused("the session was ended (sign-out, password change or suspension): sign in again and reconnect");
        }

        if (Guid.TryParse(principal.FindFirstValue(PierreClaims.ApiKeyId), out var keyId))
        {
            var key = await live.ApiKeyAsync(keyId, ct).ConfigureAwait(false);
            if (key is null || key.RevokedAt is not null || key.UserId != userId)
            {
                return CallerVerdict.Refused("the API key was revoked: create a new one with POST /api/keys");
            }

            if (key.ExpiresAt is { } expires && expires <= now.UtcDateTime)
            {
                return CallerVerdict.Refused("the API key expired: create a new one with POST /api/keys");
            }
        }

        var account = await live.AccountAsync(userId, ct).ConfigureAwait(false);
        return account switch
        {
            null => CallerVerdict.Refused("the account no longer exists"),
            _ when account.TenantId != tenantId => CallerVerdict.Refused("the account no longer belongs to this credential's tenant"),
            { Status: UserStatus.Pending } => CallerVerdict.Refused(AccountStatusMessages.Pending(userId.ToString())),
            { Status: UserStatus.Suspended } => CallerVerdict.Refused(AccountStatusMessages.Suspended),
            _ => CallerVerdict.Live(userId, account),
        };
    }
}

/// <summary>A live caller's user and account, or why the credential no longer works.</summary>
internal sealed record CallerVerdict(Guid UserId, AccountState? Account, string? Refusal)
{
    public static CallerVerdict Live(Guid userId, AccountState account) => new(userId, account, null);

    public static CallerVerdict Refused(string reason) => new(Guid.Empty, null, reason);
}
