using System.Security.Claims;
using Pierre.Server.ApiKeys;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Auth;

/// <summary>
/// A signed-in session (a JWT, or the web UI's cookie) says who signed in; the live account says whether they still
/// may. Status, role and plan come from <see cref="LiveCredentials"/> (cached for seconds, so no query per request), and
/// a session that was ended (sign-out, password change, suspension, refresh reuse) is refused.
/// </summary>
internal static class SessionAccount
{
    /// <summary>Puts the live role and status on the principal, or says why the session no longer stands.</summary>
    public static async Task<string?> AttachAsync(ClaimsPrincipal principal, string authMethod, bool countsAgainstQuota, LiveCredentials live, CancellationToken ct)
    {
        var account = AuthManager.UserId(principal) is { } userId ? await live.AccountAsync(userId, ct).ConfigureAwait(false) : null;
        if (account is null || account.TenantId.ToString() != principal.FindFirstValue(PierreClaims.TenantId))
        {
            return "the session's user no longer exists";
        }

        // A suspended account's token still authenticates, so that authorization answers 403 with the reason.
        if (account.Status != UserStatus.Suspended && Guid.TryParse(principal.FindFirstValue(PierreClaims.SessionId), out var session)
            && await live.SessionEndedAsync(session, ct).ConfigureAwait(false))
        {
            return "the session was ended";
        }

        var identity = (ClaimsIdentity)principal.Identity!;
        foreach (var stale in identity.Claims.Where(c => c.Type is PierreClaims.Role or PierreClaims.Status or PierreClaims.AuthMethod or PierreClaims.Tier).ToList())
        {
            identity.RemoveClaim(stale);
        }

        identity.AddClaim(new Claim(PierreClaims.Role, RoleNames.Of(account.Role)));
        identity.AddClaim(new Claim(PierreClaims.Status, RoleNames.Of(account.Status)));
        identity.AddClaim(new Claim(PierreClaims.AuthMethod, authMethod));
        if (countsAgainstQuota)
        {
            identity.AddClaim(new Claim(PierreClaims.Tier, RoleNames.Of(TierPolicy.ForPlan(account.Plan))));
        }

        return null;
    }
}
