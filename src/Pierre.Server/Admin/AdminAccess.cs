using System.Security.Claims;
using Pierre.Server.Auth;

namespace Pierre.Server.Admin;

/// <summary>
/// What an admin caller may do and where. Tenant admins manage users and see keys in their own tenant; super-admins
/// and admin tokens act across tenants, tokens limited to the permissions they were given.
/// </summary>
internal static class AdminAccess
{
    public const string ManageUsers = "manage_users";
    public const string ManageTenants = "manage_tenants";
    public const string ManageTokens = "manage_tokens";
    public const string ViewApiKeys = "view_api_keys";
    public const string ManageTools = "manage_tools";

    public static bool Allows(ClaimsPrincipal caller, string permission)
    {
        var role = caller.FindFirstValue(PierreClaims.Role);
        if (role == "super_admin")
        {
            return true;
        }

        return caller.FindFirstValue(PierreClaims.AuthMethod) == AuthMethods.AdminToken
            ? caller.HasClaim(PierreClaims.Permission, permission)
            : role == "admin" && permission is ManageUsers or ViewApiKeys;
    }

    /// <summary>The only tenant the caller may see, or null when it may see all of them.</summary>
    public static Guid? TenantScope(ClaimsPrincipal caller) =>
        caller.FindFirstValue(PierreClaims.Role) == "super_admin" || caller.FindFirstValue(PierreClaims.AuthMethod) == AuthMethods.AdminToken
            ? null
            : CallerTenant.Of(caller) ?? Guid.Empty;
}
