using Pierre.Server.Data.Entities;

namespace Pierre.Server.ApiKeys;

/// <summary>What each tier allows: a monthly quota (null: unlimited), a per-minute burst, and the trial's lifetime.</summary>
internal sealed record TierPolicy(ApiKeyTier Tier, int? MonthlyLimit, int BurstPerMinute, TimeSpan? MaxLifetime)
{
    public static TierPolicy For(ApiKeyTier tier) => tier switch
    {
        ApiKeyTier.Trial => new(tier, 1_000, 60, TimeSpan.FromDays(14)),
        ApiKeyTier.Starter => new(tier, 10_000, 120, null),
        ApiKeyTier.Professional => new(tier, 100_000, 600, null),
        _ => new(ApiKeyTier.Enterprise, null, 3_000, null),
    };

    /// <summary>The tier a tenant's plan gives by default, and the highest its users may ask for.</summary>
    public static ApiKeyTier ForPlan(TenantPlan plan) => plan switch
    {
        TenantPlan.Starter => ApiKeyTier.Starter,
        TenantPlan.Professional => ApiKeyTier.Professional,
        _ => ApiKeyTier.Enterprise,
    };
}
