using Pierre.Server.Security;

namespace Pierre.Server.Admin;

/// <summary>Admin tokens: <c>pat_</c> followed by 40 random base62 characters, with named permissions.</summary>
internal static class AdminTokenFormat
{
    public const string Prefix = "pat_";
    public const int RandomLength = 40;

    public static (string Token, string DisplayPrefix) New()
    {
        var token = Prefix + SecretTokens.NewBase62(RandomLength);
        return (token, token[..(Prefix.Length + 6)]);
    }

    public static IReadOnlyList<string> ParsePermissions(string stored) =>
        stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
