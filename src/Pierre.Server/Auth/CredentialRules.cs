using System.Net.Mail;
using System.Text;
using Pierre.Server.Security;

namespace Pierre.Server.Auth;

/// <summary>The rules every email, password and display name must meet, wherever they come from (REST, CLI, setup).</summary>
internal static class CredentialRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 256;
    public const string UndisplayableProblem = "must not contain control or bidirectional formatting characters";

    /// <summary>
    /// The normalized email (fullwidth forms folded as NFKC folds them, trimmed, lower-case), or null when it is not a
    /// plain address, or holds control, zero-width or bidirectional characters, or any other non-ASCII character: without
    /// full NFKC (invariant globalization has no Unicode data), only ASCII addresses are sure not to have a look-alike twin.
    /// </summary>
    public static string? NormalizeEmail(string? email)
    {
        var trimmed = Compatible(email)?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 320 || trimmed.Any(char.IsWhiteSpace) || UnsafeCharacters.HasInvisible(trimmed)
            || !Ascii.IsValid(trimmed)
            || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>True when a display name shows as what it says (no control or bidirectional formatting characters).</summary>
    public static bool IsDisplayable(string displayName) => !UnsafeCharacters.HasControlOrBidi(displayName);

    /// <summary>Why the password is refused, or null when it is acceptable.</summary>
    public static string? PasswordProblem(string? password) => password?.Length switch
    {
        null or < MinPasswordLength => $"password must be at least {MinPasswordLength} characters",
        > MaxPasswordLength => $"password must be at most {MaxPasswordLength} characters",
        _ => null,
    };

    private static string? Compatible(string? text)
    {
        if (text is null)
        {
            return null;
        }

        // Invariant globalization (Directory.Build.props) gives Normalize no Unicode data beyond ASCII, so the
        // fullwidth forms, the usual way to type a look-alike address, are folded here exactly as NFKC folds them.
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] switch
                {
                    >= '\uFF01' and <= '\uFF5E' and var c => (char)(c - 0xFEE0),
                    '\u3000' => ' ',
                    var c => c,
                };
            }
        });
    }
}
