using System.Security.Claims;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Admin;

/// <summary>
/// What an admin caller may do and where. Tenant admins manage users and see keys in their own tenant; super-admins
/// and admin tokens act across tenants, tokens limited to the permissions they were given. Nobody manages an account
/// whose role is above their own, or grants a role or permission they do not hold.
/// </summary>
internal static class AdminAccess
{
    public const string ManageUsers = "manage_users";
    public const string ManageTenants = "manage_tenants";
    public const string ManageTokens = "manage_tokens";
    public const string ViewApiKeys = "view_api_keys";
    public const string ManageTools = "manage_tools";
    public const string ViewOperations = "view_operations";

    /// <summary>What a tenant admin may do in its tenant; granting the admin role needs all of it.</summary>
    public static readonly IReadOnlySet<string> TenantAdmin = new HashSet<string>(StringComparer.Ordinal) { ManageUsers, ViewApiKeys, ViewOperations };

    /// <summary>Every permission an admin token can hold; a super-admin holds them all.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        ManageUsers, ManageTenants, ManageTokens, ViewApiKeys, ManageTools, ViewOperations,
    };

    public static bool Allows(ClaimsPrincipal caller, string permission)
    {
        var role = RoleOf(caller);
        if (role == UserRole.SuperAdmin)
        {
            return true;
        }

        return IsAdminToken(caller)
            ? caller.HasClaim(PierreClaims.Permission, permission)
            : role == UserRole.Admin && TenantAdmin.Contains(permission);
    }

    /// <summary>The permissions the caller holds: all for a super-admin, a token's own, a tenant admin's own.</summary>
    public static IReadOnlySet<string> PermissionsOf(ClaimsPrincipal caller) =>
        All.Where(p => Allows(caller, p)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The role the caller acts with (an admin token acts as admin, or super_admin when it is one).</summary>
    public static UserRole RoleOf(ClaimsPrincipal caller) => RoleNames.Parse(caller.FindFirstValue(PierreClaims.Role)) ?? UserRole.User;

    /// <summary>True when the caller may see or change an account with <paramref name="target"/>'s role: never one above its own.</summary>
    public static bool MayManage(ClaimsPrincipal caller, UserRole target) => target <= RoleOf(caller);

    /// <summary>
    /// True when the caller may give an account <paramref name="role"/>: never above its own, and admin only when it
    /// holds everything a tenant admin holds (a manage_users token cannot mint holders of view_api_keys or view_operations).
    /// </summary>
    public static bool MayGrant(ClaimsPrincipal caller, UserRole role) =>
        MayManage(caller, role) && (role != UserRole.Admin || TenantAdmin.All(p => Allows(caller, p)));

    public static bool IsSuperAdmin(ClaimsPrincipal caller) => RoleOf(caller) == UserRole.SuperAdmin;

    public static bool IsAdminToken(ClaimsPrincipal caller) => caller.FindFirstValue(PierreClaims.AuthMethod) == AuthMethods.AdminToken;

    /// <summary>The only tenant the caller may see, or null when it may see all of them.</summary>
    public static Guid? TenantScope(ClaimsPrincipal caller) =>
        IsSuperAdmin(caller) || IsAdminToken(caller) ? null : CallerTenant.Of(caller) ?? Guid.Empty;
}
