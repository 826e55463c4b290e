using Pierre.Server.Data.Entities;

namespace Pierre.Server.ApiKeys;

/// <summary>What a tier allows: a monthly quota and a per-minute burst (null: unlimited), and the trial's lifetime.</summary>
internal sealed record TierPolicy(ApiKeyTier Tier, int? MonthlyLimit, int? BurstPerMinute, TimeSpan? MaxLifetime)
{
    /// <summary>The tier a tenant's plan gives by default, and the highest its users may ask for.</summary>
    public static ApiKeyTier ForPlan(TenantPlan plan) => plan switch
    {
        TenantPlan.Starter => ApiKeyTier.Starter,
        TenantPlan.Professional => ApiKeyTier.Professional,
        _ => ApiKeyTier.Enterprise,
    };

    /// <summary>The tier a key's requests count at: its own, but never above what its tenant's plan allows today.</summary>
    public static ApiKeyTier Cap(ApiKeyTier keyTier, TenantPlan plan) => keyTier < ForPlan(plan) ? keyTier : ForPlan(plan);
}
