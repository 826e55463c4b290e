using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Pierre.Server.ApiKeys;

namespace Pierre.Server.Auth;

/// <summary>
/// Authenticates a bearer credential outside an HTTP request (the TCP transport's <c>initialize</c>): an API key, or a
/// JWT checked exactly as the HTTP scheme checks it, with the account's current status and tier. A JWT's session and
/// expiry travel along, so every later call on the connection can be refused once either ends.
/// </summary>
internal sealed class BearerAuthenticator(AuthManager auth, ApiKeyAuthenticator apiKeys, LiveCredentials live)
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string? authorization, string authenticationType, CancellationToken ct)
    {
        var credential = authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true ? authorization[7..].Trim() : authorization?.Trim();
        if (string.IsNullOrEmpty(credential))
        {
            return null;
        }

        if (credential.StartsWith(ApiKeyFormat.LivePrefix, StringComparison.Ordinal) || credential.StartsWith(ApiKeyFormat.TrialPrefix, StringComparison.Ordinal))
        {
            return await apiKeys.AuthenticateAsync(credential, authenticationType, ct).ConfigureAwait(false);
        }

        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(credential, auth.ValidationParameters).ConfigureAwait(false);
        if (!result.IsValid || AuthManager.UserId(new ClaimsPrincipal(result.ClaimsIdentity)) is not { } userId
            || Guid.TryParse(result.ClaimsIdentity.FindFirst(PierreClaims.SessionId)?.Value, out var session)
            && await live.SessionEndedAsync(session, ct).ConfigureAwait(false))
        {
            return null;
        }

        var account = await live.AccountAsync(userId, ct).ConfigureAwait(false);
        return account is null || account.TenantId.ToString() != result.ClaimsIdentity.FindFirst(PierreClaims.TenantId)?.Value
            ? null
            : ApiKeyAuthenticator.Principal(
                userId, account, authenticationType, AuthMethods.Jwt, TierPolicy.ForPlan(account.Plan),
                [.. result.ClaimsIdentity.Claims.Where(c => c.Type is PierreClaims.SessionId or JwtRegisteredClaimNames.Exp)]);
    }
}
