using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Connections.OAuth;

/// <summary>
/// The <c>state</c> of started OAuth connections, kept in the database so that any replica can take the callback:
/// stored as its SHA-256, bound to user, tenant and provider, usable once, for <see cref="Lifetime"/>.
/// </summary>
internal sealed class OAuthStateStore(PierreDbContext db, EncryptionService encryption, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private const string VerifierPurpose = "pkce_verifier";

    /// <summary>Records a started flow and returns the state to send to the provider.</summary>
    public async Task<string> CreateAsync(StartedFlow flow, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.OAuthStates.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var state = SecretTokens.NewBase62(43);
        db.OAuthStates.Add(new OAuthState
        {
            Id = Guid.CreateVersion7(),
            StateHash = SecretTokens.Hash(state),
            TenantId = flow.TenantId,
            UserId = flow.UserId,
            Provider = flow.Provider,
            RedirectUri = flow.RedirectUri.AbsoluteUri,
            CodeVerifierEncrypted = flow.CodeVerifier is { } verifier
                ? encryption.Encrypt(verifier, new EncryptionContext(flow.TenantId, flow.UserId, flow.Provider, VerifierPurpose))
                : null,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return state;
    }

    /// <summary>
    /// Takes the flow a state stands for, for <paramref name="provider"/> only, and deletes it, so a replayed state
    /// finds nothing; of two concurrent callbacks with the same state only one gets the flow.
    /// </summary>
    public async Task<(StateCheck Check, StartedFlow? Flow)> ConsumeAsync(string? state, string provider, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(state) || state.Length > 128)
        {
            return (StateCheck.Unknown, null);
        }

        var hash = SecretTokens.Hash(state);
        var row = await db.OAuthStates.AsNoTracking().SingleOrDefaultAsync(s => s.StateHash == hash && s.Provider == provider, ct).ConfigureAwait(false);
        if (row is null || await db.OAuthStates.Where(s => s.Id == row.Id).ExecuteDeleteAsync(ct).ConfigureAwait(false) == 0)
        {
            return (StateCheck.Unknown, null);
        }

        if (row.ExpiresAt <= clock.GetUtcNow().UtcDateTime)
        {
            return (StateCheck.Expired, null);
        }

        var verifier = row.CodeVerifierEncrypted is { } encrypted
            ? encryption.Decrypt(encrypted, new EncryptionContext(row.TenantId, row.UserId, row.Provider, VerifierPurpose))
            : null;
        return (StateCheck.Valid, new StartedFlow(row.TenantId, row.UserId, row.Provider, new Uri(row.RedirectUri), verifier));
    }
}
