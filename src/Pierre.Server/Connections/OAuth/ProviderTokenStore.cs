using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pierre.Providers;
using Pierre.Providers.OAuth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Connections.OAuth;

/// <summary>
/// A user's provider tokens, encrypted with AES-GCM whose associated data binds them to tenant, user and provider, so a
/// row copied to another user fails to decrypt instead of granting access.
/// </summary>
internal sealed class ProviderTokenStore(PierreDbContext db, EncryptionService encryption, TimeProvider clock)
{
    private const string AccessPurpose = "provider_access_token";
    private const string RefreshPurpose = "provider_refresh_token";

    public async Task<StoredTokens?> LoadAsync(ProviderAccount account, string provider, CancellationToken ct)
    {
        var row = await db.ProviderTokens.AsNoTracking()
            .SingleOrDefaultAsync(t => t.TenantId == account.TenantId && t.UserId == account.UserId && t.Provider == provider, ct)
            .ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        try
        {
            return new StoredTokens(
                encryption.Decrypt(row.AccessTokenEncrypted, Context(account, provider, AccessPurpose)),
                row.RefreshTokenEncrypted is { } refresh ? encryption.Decrypt(refresh, Context(account, provider, RefreshPurpose)) : null,
                row.ExpiresAt is { } expires ? new DateTimeOffset(expires, TimeSpan.Zero) : null,
                row.ClientId);
        }
        catch (CryptographicException)
        {
            // Tampered with, or encrypted under a key this server no longer has: as good as no tokens.
            return null;
        }
    }

    /// <summary>Stores the tokens, replacing any before; a refresh token the provider did not rotate is kept.</summary>
    public async Task SaveAsync(ProviderAccount account, string provider, OAuthTokens tokens, string clientId, CancellationToken ct)
    {
        var row = await db.ProviderTokens
            .SingleOrDefaultAsync(t => t.TenantId == account.TenantId && t.UserId == account.UserId && t.Provider == provider, ct)
            .ConfigureAwait(false);
        if (row is null)
        {
            row = new ProviderToken
            {
                Id = Guid.CreateVersion7(), TenantId = account.TenantId, UserId = account.UserId, Provider = provider, AccessTokenEncrypted = string.Empty,
            };
            db.ProviderTokens.Add(row);
        }

        row.AccessTokenEncrypted = encryption.Encrypt(tokens.AccessToken, Context(account, provider, AccessPurpose));
        if (tokens.RefreshToken is { } refresh)
        {
            row.RefreshTokenEncrypted = encryption.Encrypt(refresh, Context(account, provider, RefreshPurpose));
        }

        row.ExpiresAt = tokens.ExpiresAt?.UtcDateTime;
        row.ClientId = clientId;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public Task DeleteAsync(ProviderAccount account, string provider, CancellationToken ct) =>
        db.ProviderTokens.Where(t => t.TenantId == account.TenantId && t.UserId == account.UserId && t.Provider == provider)
            .ExecuteDeleteAsync(ct);

    private static EncryptionContext Context(ProviderAccount account, string provider, string purpose) =>
        new(account.TenantId, account.UserId, provider, purpose);
}
