using System.Net.Mail;

namespace Pierre.Server.Auth;

/// <summary>The rules every email and password must meet, wherever they come from (REST, CLI, setup).</summary>
internal static class CredentialRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 256;

    /// <summary>The normalized (trimmed, lower-case) email, or null when it is not a plain address.</summary>
    public static string? NormalizeEmail(string? email)
    {
        var trimmed = email?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 320 || trimmed.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static string? PasswordProblem(string? password) => password?.Length switch
    {
        null or < MinPasswordLength => $"password must be at least {MinPasswordLength} characters",
        > MaxPasswordLength => $"password must be at most {MaxPasswordLength} characters",
        _ => null,
    };
}
