using System.Security.Claims;
using Pierre.Providers;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Auth;

/// <summary>
/// Who a request acts for, the same whatever the front end (MCP, A2A, REST, web UI): the application services take
/// this, never a transport's type. <see cref="KeyTier"/> is null when the caller signed in without an API key;
/// <see cref="Scopes"/> (an OAuth token's) and <see cref="AgentCapabilities"/> (an A2A agent's) are null where the
/// front end has none, and narrow what the caller may do when set.
/// </summary>
internal sealed record Caller(
    Guid TenantId,
    Guid UserId,
    UserRole Role,
    TenantPlan Plan,
    ApiKeyTier? KeyTier = null,
    IReadOnlySet<string>? Scopes = null,
    IReadOnlySet<string>? AgentCapabilities = null)
{
    /// <summary>Whose data the caller's providers read.</summary>
    public ProviderAccount Account => new(TenantId, UserId);

    /// <summary>
    /// The caller behind a principal whose live account was just checked; the key tier is the principal's only when it
    /// carries an API key (a signed-in session's tier claim is merely its plan's).
    /// </summary>
    public static Caller Of(Guid userId, AccountState account, ClaimsPrincipal principal) => new(
        account.TenantId,
        userId,
        account.Role,
        account.Plan,
        principal.HasClaim(c => c.Type == PierreClaims.ApiKeyId)
            && Enum.TryParse<ApiKeyTier>(principal.FindFirstValue(PierreClaims.Tier), ignoreCase: true, out var tier)
            ? tier
            : null,
        principal.FindFirstValue(PierreClaims.AuthMethod) == AuthMethods.OAuth
            ? principal.FindAll(PierreClaims.OAuthScope).Select(c => c.Value).ToHashSet(StringComparer.Ordinal)
            : null);
}
