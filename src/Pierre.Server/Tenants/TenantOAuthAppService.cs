using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Admin;
using Pierre.Server.Connections.OAuth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Security;

namespace Pierre.Server.Tenants;

/// <summary>
/// A tenant's own OAuth client for a provider, so its users connect through the tenant's app (and its rate budget)
/// rather than the deployment's. The secret is stored encrypted, bound to the tenant and provider.
/// </summary>
internal sealed class TenantOAuthAppService(PierreDbContext db, OAuthFlows flows, EncryptionService encryption, TimeProvider clock)
{
    public async Task<Result<TenantOAuthAppView>> SetAsync(ClaimsPrincipal caller, Guid tenantId, string provider, SetOAuthAppRequest request, CancellationToken ct)
    {
        if (await CheckAsync(caller, tenantId, provider, ct).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        var clientId = request.ClientId?.Trim();
        var secret = request.ClientSecret?.Trim();
        if (string.IsNullOrEmpty(clientId) || clientId.Length > 256 || UnsafeCharacters.HasControlOrBidi(clientId) || clientId.Any(char.IsWhiteSpace))
        {
            return Refusal.Invalid("client_id is required: the app's client id from the provider's developer site (at most 256 characters, no spaces)");
        }

        if (string.IsNullOrEmpty(secret) || secret.Length > 512 || UnsafeCharacters.HasControlOrBidi(secret))
        {
            return Refusal.Invalid("client_secret is required (at most 512 characters)");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.TenantOAuthApps.SingleOrDefaultAsync(a => a.TenantId == tenantId && a.Provider == provider, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new TenantOAuthApp { Id = Guid.CreateVersion7(), TenantId = tenantId, Provider = provider, ClientId = clientId, ClientSecretEncrypted = string.Empty };
            db.TenantOAuthApps.Add(row);
        }

        row.ClientId = clientId;
        row.ClientSecretEncrypted = encryption.Encrypt(secret, new EncryptionContext(tenantId, null, provider, OAuthAppResolver.SecretPurpose));
        row.CreatedAt = now;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new TenantOAuthAppView(tenantId, provider, clientId, now);
    }

    public async Task<Result<IReadOnlyList<TenantOAuthAppView>>> ListAsync(ClaimsPrincipal caller, Guid tenantId, CancellationToken ct)
    {
        if (await CheckTenantAsync(caller, tenantId, ct).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        var rows = await db.TenantOAuthApps.AsNoTracking().Where(a => a.TenantId == tenantId).OrderBy(a => a.Provider).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(a => new TenantOAuthAppView(a.TenantId, a.Provider, a.ClientId, a.CreatedAt)).ToList();
    }

    /// <summary>Removes the tenant's app; its users' existing connections fall back to the deployment's app at the next refresh, or must reconnect.</summary>
    public async Task<Refusal?> DeleteAsync(ClaimsPrincipal caller, Guid tenantId, string provider, CancellationToken ct)
    {
        if (await CheckAsync(caller, tenantId, provider, ct).ConfigureAwait(false) is { } refusal)
        {
            return refusal;
        }

        return await db.TenantOAuthApps.Where(a => a.TenantId == tenantId && a.Provider == provider).ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0
            ? null
            : Refusal.NotFound($"{provider} app for this tenant");
    }

    private async Task<Refusal?> CheckAsync(ClaimsPrincipal caller, Guid tenantId, string provider, CancellationToken ct) =>
        await CheckTenantAsync(caller, tenantId, ct).ConfigureAwait(false)
        ?? (flows.Find(provider) is null ? Refusal.NotFound($"OAuth provider '{provider}'") : null);

    private async Task<Refusal?> CheckTenantAsync(ClaimsPrincipal caller, Guid tenantId, CancellationToken ct) =>
        AdminAccess.TenantScope(caller) is { } scope && scope != tenantId || !await db.Tenants.AnyAsync(t => t.Id == tenantId, ct).ConfigureAwait(false)
            ? Refusal.NotFound("tenant")
            : null;
}
