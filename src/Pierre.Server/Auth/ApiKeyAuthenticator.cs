using System.Security.Claims;
using Pierre.Server.ApiKeys;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Auth;

/// <summary>
/// Finds the live API key behind a presented <c>pk_…</c> secret and the principal it stands for. Used by the HTTP auth
/// handler and by the transports that authenticate once per connection (stdio, TCP).
/// </summary>
internal sealed class ApiKeyAuthenticator(LiveCredentials live, TimeProvider clock)
{
    public async Task<ClaimsPrincipal?> AuthenticateAsync(string presented, string authenticationType, CancellationToken ct) =>
        (await CheckAsync(presented, authenticationType, ct).ConfigureAwait(false)).Principal;

    /// <summary>The principal behind a live key, or why the presented key does not work (revoked, expired, unknown).</summary>
    public async Task<ApiKeyCheck> CheckAsync(string presented, string authenticationType, CancellationToken ct)
    {
        var hash = SecretTokens.Hash(presented);
        var key = await live.ApiKeyByHashAsync(hash, ct).ConfigureAwait(false);
        if (key is null || !SecretTokens.HashesMatch(hash, key.KeyHash))
        {
            return ApiKeyCheck.Refused("the API key is not valid: create one with POST /api/keys");
        }

        if (key.RevokedAt is not null)
        {
            return ApiKeyCheck.Refused("the API key was revoked: create a new one with POST /api/keys");
        }

        if (key.ExpiresAt is { } expires && expires <= clock.GetUtcNow().UtcDateTime)
        {
            return ApiKeyCheck.Refused("the API key expired: create a new one with POST /api/keys");
        }

        return await live.AccountAsync(key.UserId, ct).ConfigureAwait(false) is { } account
            ? new ApiKeyCheck(live.ApiKeyPrincipal(key, account, authenticationType, static (k, a, type) =>
                Principal(k.UserId, a, type, AuthMethods.ApiKey, TierPolicy.Cap(k.Tier, a.Plan), KeyClaims(k))), null)
            : ApiKeyCheck.Refused("the API key's account no longer exists");
    }

    private static Claim[] KeyClaims(StoredApiKey key) => key.AgentId is { } agent
        ? [new Claim(PierreClaims.ApiKeyId, key.Id.ToString()), new Claim(PierreClaims.AgentId, agent.ToString())]
        : [new Claim(PierreClaims.ApiKeyId, key.Id.ToString())];

    public static ClaimsPrincipal Principal(
        Guid userId, AccountState account, string authenticationType, string method, ApiKeyTier tier, params Claim[] extra) =>
        new(new ClaimsIdentity(
            [
                new Claim(PierreClaims.Subject, userId.ToString()),
                new Claim(PierreClaims.TenantId, account.TenantId.ToString()),
                new Claim(PierreClaims.Role, RoleNames.Of(account.Role)),
                new Claim(PierreClaims.Status, RoleNames.Of(account.Status)),
                new Claim(PierreClaims.AuthMethod, method),
                new Claim(PierreClaims.Tier, RoleNames.Of(tier)),
                .. extra,
            ],
            authenticationType,
            PierreClaims.Subject,
            PierreClaims.Role));
}

/// <summary>The principal a presented API key stands for, or the reason it was refused.</summary>
internal sealed record ApiKeyCheck(ClaimsPrincipal? Principal, string? Refusal)
{
    public static ApiKeyCheck Refused(string reason) => new(null, reason);
}
