namespace Pierre.Server.Auth;

internal static class Policies
{
    /// <summary>An authenticated caller whose account is active.</summary>
    public const string ActiveUser = "active_user";

    /// <summary>An active admin or super-admin, or an admin token.</summary>
    public const string Admin = "admin";

    /// <summary>A super-admin or a super-admin token: may act across tenants.</summary>
    public const string SuperAdmin = "super_admin";
}
