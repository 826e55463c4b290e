using OpenIddict.Abstractions;
using OpenIddict.Server;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Data;

namespace Pierre.Server.OAuthServer;

/// <summary>A token a client revoked itself (RFC 7009) goes into the audit log like a grant a person revoked.</summary>
internal sealed class AuditedRevocations(PierreDbContext db, TimeProvider clock) : IOpenIddictServerHandler<OpenIddictServerEvents.HandleRevocationRequestContext>
{
    public async ValueTask HandleAsync(OpenIddictServerEvents.HandleRevocationRequestContext context)
    {
        if (context.IsRejected || context.GenericTokenPrincipal is not { } token || token.GetTokenId() is not { } tokenId)
        {
            return;
        }

        var tenantId = Guid.TryParse(token.GetClaim(PierreClaims.TenantId), out var tenant) ? tenant : (Guid?)null;
        db.Record(actor: null, "oauth.token_revoked", tenantId, "oauth_token", tokenId, clock.GetUtcNow().UtcDateTime,
            $"by client {context.Request.ClientId} for user {token.GetClaim(OpenIddictConstants.Claims.Subject)}");
        await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
    }
}
