namespace Pierre.Server.Auth;

/// <summary>Why an account that is not active is refused, with the next step; the same at login and on every request.</summary>
internal static class AccountStatusMessages
{
    public static string Pending(string? userId) =>
        $"account pending approval: an admin of this server must approve it; ask them to run POST /admin/users/{userId}/approve " +
        "(on a personal server, AUTO_APPROVE_USERS=true makes new accounts active at once)";

    public const string Suspended = "account suspended: contact an administrator to re-activate it";
}
