using Pierre.Server.Configuration;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.ApiKeys;

/// <summary>
/// The four tiers' limits from the environment (<c>PIERRE_TIER_*</c>). A key stores only its tier and the limits are
/// looked up per request, so a changed setting applies to every key of that tier, old ones included, at the next start.
/// </summary>
internal sealed class TierPolicies
{
    private readonly TierPolicy[] _byTier;

    private TierPolicies(params TierPolicy[] policies) => _byTier = [.. policies.OrderBy(p => p.Tier)];

    public static TierPolicies Read(EnvironmentReader env) => new(
        Read(env, ApiKeyTier.Trial, EnvironmentVariables.TrialMonthly, EnvironmentVariables.TrialBurst, TimeSpan.FromDays(14)),
        Read(env, ApiKeyTier.Starter, EnvironmentVariables.StarterMonthly, EnvironmentVariables.StarterBurst, null),
        Read(env, ApiKeyTier.Professional, EnvironmentVariables.ProfessionalMonthly, EnvironmentVariables.ProfessionalBurst, null),
        Read(env, ApiKeyTier.Enterprise, EnvironmentVariables.EnterpriseMonthly, EnvironmentVariables.EnterpriseBurst, null));

    public TierPolicy For(ApiKeyTier tier) => _byTier[Math.Clamp((int)tier, 0, _byTier.Length - 1)];

    private static TierPolicy Read(EnvironmentReader env, ApiKeyTier tier, EnvironmentVariable monthly, EnvironmentVariable burst, TimeSpan? maxLifetime) =>
        new(tier, Limit(env.Int(monthly, 0, int.MaxValue)), Limit(env.Int(burst, 0, int.MaxValue)), maxLifetime);

    private static int? Limit(int value) => value == 0 ? null : value;
}
