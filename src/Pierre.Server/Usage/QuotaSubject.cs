using System.Security.Claims;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Usage;

/// <summary>Who a request counts against: an API key, or a signed-in user (at their tenant plan's tier), with that tier's limits.</summary>
internal sealed record QuotaSubject(string Key, Guid TenantId, Guid UserId, Guid? ApiKeyId, TierPolicy Policy)
{
    private static readonly object RequestItem = new();

    /// <summary>
    /// An HTTP request's subject (null when it counts against none), found once: the rate limiter and the usage
    /// middleware both ask, after authentication has set the request's user.
    /// </summary>
    public static QuotaSubject? Of(HttpContext context, TierPolicies tiers)
    {
        if (context.Items.TryGetValue(RequestItem, out var known))
        {
            return (QuotaSubject?)known;
        }

        var subject = context.User.Identity?.IsAuthenticated == true ? Of(context.User, tiers) : null;
        context.Items[RequestItem] = subject;
        return subject;
    }

    public static QuotaSubject? Of(ClaimsPrincipal principal, TierPolicies tiers)
    {
        if (AuthManager.UserId(principal) is not { } userId || CallerTenant.Of(principal) is not { } tenantId
            || !Enum.TryParse<ApiKeyTier>(principal.FindFirstValue(PierreClaims.Tier), ignoreCase: true, out var tier))
        {
            return null;
        }

        var keyId = Guid.TryParse(principal.FindFirstValue(PierreClaims.ApiKeyId), out var id) ? id : (Guid?)null;
        return new QuotaSubject(keyId is { } k ? $"key:{k:N}" : $"user:{userId:N}", tenantId, userId, keyId, tiers.For(tier));
    }

    /// <summary>
    /// Held to the tenant's live plan: a stdio or TCP connection keeps the principal it opened with, so a plan lowered
    /// since must still lower the tier it counts at.
    /// </summary>
    public QuotaSubject AtMost(TenantPlan plan, TierPolicies tiers) => this with { Policy = tiers.For(TierPolicy.Cap(Policy.Tier, plan)) };
}
