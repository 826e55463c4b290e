using Pierre.Server.Data.Entities;

namespace Pierre.Server.Auth;

/// <summary>The snake_case names used on the wire for roles, statuses, tiers and plans.</summary>
internal static class RoleNames
{
    public static string Of(UserRole role) => role switch
    {
        UserRole.SuperAdmin => "super_admin",
        UserRole.Admin => "admin",
        _ => "user",
    };

    public static string Of(UserStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(ApiKeyTier tier) => tier.ToString().ToLowerInvariant();

    public static string Of(TenantPlan plan) => plan.ToString().ToLowerInvariant();
}
