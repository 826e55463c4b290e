using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pierre.Server.Tenants;

/// <summary>The registration command an invitee runs, the same in the REST answer and on the command line.</summary>
internal static class InvitationText
{
    public const string PasswordPlaceholder = "CHOOSE-A-PASSWORD";
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string RegisterCurl(Uri baseUrl, string email, string token)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = PasswordPlaceholder,
            ["invitation_token"] = token,
        }, Relaxed);
        return $"curl -s {baseUrl.ToString().TrimEnd('/')}/api/auth/register -H 'content-type: application/json' -d {ShellQuote(body)}";
    }

    // An email may hold a single quote, which would end a single-quoted shell word early.
    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
