using Pierre.Server.Data.Entities;

namespace Pierre.Server.Auth;

/// <summary>The snake_case names used on the wire for roles, statuses, tiers and plans, each written once here.</summary>
internal static class RoleNames
{
    public const string SuperAdmin = "super_admin";
    public const string Admin = "admin";
    public const string User = "user";

    public static string Of(UserRole role) => role switch
    {
        UserRole.SuperAdmin => SuperAdmin,
        UserRole.Admin => Admin,
        _ => User,
    };

    /// <summary>The role named <paramref name="name"/> on the wire, or null when there is none by that name.</summary>
    public static UserRole? Parse(string? name) => name switch
    {
        SuperAdmin => UserRole.SuperAdmin,
        Admin => UserRole.Admin,
        User => UserRole.User,
        _ => null,
    };

    public static string Of(UserStatus status) => status.ToString().ToLowerInvariant();

    public static string Of(ApiKeyTier tier) => tier.ToString().ToLowerInvariant();

    public static string Of(TenantPlan plan) => plan.ToString().ToLowerInvariant();
}

/// <summary>Account statuses as they appear in the <c>status</c> claim.</summary>
internal static class StatusNames
{
    public const string Active = "active";
    public const string Pending = "pending";
    public const string Suspended = "suspended";
}
