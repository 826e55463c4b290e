using Microsoft.EntityFrameworkCore;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Auth;

/// <summary>
/// Rotating refresh tokens: each use spends the token and issues the next one in the same family. Presenting a spent
/// token means it was copied, so the whole family is revoked and everyone holding it must sign in again.
/// </summary>
internal sealed class RefreshTokenService(PierreDbContext db, LiveCredentials live, ServerConfig config, TimeProvider clock)
{
    private const int TokenLength = 48;

    public string Issue(User user, Guid familyId)
    {
        var token = SecretTokens.NewBase62(TokenLength);
        var now = clock.GetUtcNow().UtcDateTime;
        db.RefreshTokens.Add(new RefreshToken
        {
            Id = Guid.CreateVersion7(),
            TenantId = user.TenantId,
            UserId = user.Id,
            FamilyId = familyId,
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now.AddDays(config.RefreshTokenExpiryDays),
        });
        return token;
    }

    /// <summary>Spends <paramref name="token"/>; returns its row when it was live, or null (revoking its family on reuse).</summary>
    public async Task<RefreshToken?> SpendAsync(string token, CancellationToken cancellationToken)
    {
        var hash = SecretTokens.Hash(token);
        var stored = await db.RefreshTokens.SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored is null || stored.ExpiresAt <= now)
        {
            return null;
        }

        // A token issued by a refresh that raced the end of its session (sign-out, password change) is as dead as the rest.
        if (stored.ConsumedAt is not null || stored.RevokedAt is not null
            || await db.RefreshTokens.AnyAsync(t => t.FamilyId == stored.FamilyId && t.RevokedAt != null, cancellationToken).ConfigureAwait(false))
        {
            await RevokeFamilyAsync(stored.FamilyId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        // Only one concurrent use can flip ConsumedAt from null; the loser is treated as reuse.
        var spent = await db.RefreshTokens
            .Where(t => t.Id == stored.Id && t.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ConsumedAt, now), cancellationToken).ConfigureAwait(false);
        if (spent == 0)
        {
            await RevokeFamilyAsync(stored.FamilyId, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return stored;
    }

    /// <summary>Ends one sign-in session: its refresh tokens and every access token issued in it stop working.</summary>
    public async Task RevokeFamilyAsync(Guid familyId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken).ConfigureAwait(false);
        live.SessionsEnded([familyId]);
    }

    /// <summary>Ends every session of a user (password change, suspension).</summary>
    public async Task RevokeUserSessionsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null);
        var families = await open.Select(t => t.FamilyId).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
        await open.ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken).ConfigureAwait(false);
        live.SessionsEnded(families);
    }
}
