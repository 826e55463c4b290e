using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pierre.Providers.OAuth;
using Pierre.Server.Data;
using Pierre.Server.Security;

namespace Pierre.Server.Connections.OAuth;

/// <summary>
/// Which OAuth client a tenant's users connect a provider with: the tenant's own app when an admin set one
/// (<c>PUT /admin/tenants/{id}/oauth/{provider}</c>), otherwise the deployment's from the environment.
/// </summary>
internal sealed class OAuthAppResolver(PierreDbContext db, EncryptionService encryption)
{
    public const string SecretPurpose = "oauth_client_secret";

    /// <summary>The app to start a connection with, or null when neither the tenant nor the deployment has one.</summary>
    public async Task<OAuthApp?> ResolveAsync(Guid tenantId, IOAuthFlow flow, CancellationToken ct) =>
        await TenantAppAsync(tenantId, flow.Provider, ct).ConfigureAwait(false) ?? flow.DeploymentApp;

    /// <summary>The app that issued existing tokens (a refresh must use the same client), or null when it is gone.</summary>
    public async Task<OAuthApp?> ResolveAsync(Guid tenantId, IOAuthFlow flow, string? clientId, CancellationToken ct)
    {
        var app = await ResolveAsync(tenantId, flow, ct).ConfigureAwait(false);
        if (clientId is null || app?.ClientId == clientId)
        {
            return app;
        }

        return flow.DeploymentApp?.ClientId == clientId ? flow.DeploymentApp : null;
    }

    private async Task<OAuthApp?> TenantAppAsync(Guid tenantId, string provider, CancellationToken ct)
    {
        var row = await db.TenantOAuthApps.AsNoTracking()
            .SingleOrDefaultAsync(a => a.TenantId == tenantId && a.Provider == provider, ct).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        try
        {
            return new OAuthApp(row.ClientId, encryption.Decrypt(row.ClientSecretEncrypted, new EncryptionContext(tenantId, null, provider, SecretPurpose)));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
