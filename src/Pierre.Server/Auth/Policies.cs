namespace Pierre.Server.Auth;

internal static class Policies
{
    /// <summary>An authenticated caller whose account is active, not acting through an A2A agent's key.</summary>
    public const string ActiveUser = "active_user";

    /// <summary>An active caller of tools (<c>/mcp</c>, <c>/a2a</c>): a user, or an A2A agent within its capabilities.</summary>
    public const string ToolCaller = "tool_caller";

    /// <summary>An active admin or super-admin, or an admin token.</summary>
    public const string Admin = "admin";

    /// <summary>A super-admin or a super-admin token: may act across tenants.</summary>
    public const string SuperAdmin = "super_admin";

    /// <summary>A person signed in to the web UI with its cookie session, whose account is active.</summary>
    public const string WebUser = "web_user";

    /// <summary>An admin or super-admin signed in to the web UI; each page's service checks the permission it needs.</summary>
    public const string WebAdmin = "web_admin";

    /// <summary>Anyone signed in to the web UI, an account waiting for its approval included.</summary>
    public const string WebSignedIn = "web_signed_in";
}
