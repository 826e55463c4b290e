using OpenIddict.Abstractions;
using OpenIddict.Server;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Data;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// A code or refresh token presented again after it was redeemed may have been stolen, so OpenIddict revokes every token
/// of its grant (<c>ValidateTokenEntry</c>, which runs right after this). That revocation happens inside OpenIddict;
/// this puts it in the audit log beside the revocations people and clients make.
/// </summary>
internal sealed class AuditedReuseRevocations(IOpenIddictTokenManager tokens, PierreDbContext db, TimeProvider clock)
    : IOpenIddictServerHandler<OpenIddictServerEvents.ValidateTokenContext>
{
    public async ValueTask HandleAsync(OpenIddictServerEvents.ValidateTokenContext context)
    {
        if (string.IsNullOrEmpty(context.TokenId) || string.IsNullOrEmpty(context.AuthorizationId) || context.Principal is not { } principal
            || !principal.HasTokenType(OpenIddictConstants.TokenTypeIdentifiers.RefreshToken)
            && !principal.HasTokenType(OpenIddictConstants.TokenTypeIdentifiers.Private.AuthorizationCode)
            || await tokens.FindByIdAsync(context.TokenId, context.CancellationToken).ConfigureAwait(false) is not { } token
            || !await tokens.HasStatusAsync(token, OpenIddictConstants.Statuses.Redeemed, context.CancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var kind = principal.HasTokenType(OpenIddictConstants.TokenTypeIdentifiers.RefreshToken) ? "refresh token" : "authorization code";
        var tenantId = Guid.TryParse(principal.GetClaim(PierreClaims.TenantId), out var tenant) ? tenant : (Guid?)null;
        db.Record(actor: null, "oauth.grant_revoked_on_reuse", tenantId, "oauth_grant", context.AuthorizationId, clock.GetUtcNow().UtcDateTime,
            $"a redeemed {kind} of client {principal.GetPresenters().FirstOrDefault()} for user {principal.GetClaim(OpenIddictConstants.Claims.Subject)} "
            + "was presented again: every token of the grant is revoked");
        await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
    }
}
