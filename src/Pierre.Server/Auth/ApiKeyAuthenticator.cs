using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Auth;

/// <summary>
/// Finds the live API key behind a presented <c>pk_…</c> secret and the principal it stands for. Used by the HTTP auth
/// handler and by the transports that authenticate once per connection (stdio, TCP).
/// </summary>
internal sealed class ApiKeyAuthenticator(PierreDbContext db, TimeProvider clock)
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string presented, string authenticationType, CancellationToken ct)
    {
        var hash = SecretTokens.Hash(presented);
        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.KeyHash == hash)
            .Join(db.Users, k => k.UserId, u => u.Id, (k, u) => new { Key = k, User = u })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (found is null || !SecretTokens.Matches(presented, found.Key.KeyHash) || found.Key.RevokedAt is not null
            || found.Key.ExpiresAt is { } expires && expires <= now)
        {
            return null;
        }

        return Principal(found.User, authenticationType, AuthMethods.ApiKey, found.Key.Tier, new Claim(PierreClaims.ApiKeyId, found.Key.Id.ToString()));
    }

    public static ClaimsPrincipal Principal(User user, string authenticationType, string method, ApiKeyTier tier, params Claim[] extra) =>
        new(new ClaimsIdentity(
            [
                new Claim(PierreClaims.Subject, user.Id.ToString()),
                new Claim(PierreClaims.TenantId, user.TenantId.ToString()),
                new Claim(PierreClaims.Role, RoleNames.Of(user.Role)),
                new Claim(PierreClaims.Status, RoleNames.Of(user.Status)),
                new Claim(PierreClaims.AuthMethod, method),
                new Claim(PierreClaims.Tier, RoleNames.Of(tier)),
                .. extra,
            ],
            authenticationType,
            PierreClaims.Subject,
            PierreClaims.Role));
}
