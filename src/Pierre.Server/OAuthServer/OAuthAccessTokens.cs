using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Pierre.Server.OAuthServer;

/// <summary>Tells an access token of Pierre's authorization server (a JWT typed <c>at+jwt</c>) from the REST API's JWTs.</summary>
internal static class OAuthAccessTokens
{
    private const int MaxHeaderLength = 1024;

    public static bool IsAccessToken(string? presented)
    {
        var dot = presented?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot is <= 0 or > MaxHeaderLength)
        {
            return false;
        }

        try
        {
            using var header = JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(presented![..dot]));
            return header.RootElement.ValueKind == JsonValueKind.Object
                && header.RootElement.TryGetProperty("typ", out var typ)
                && typ.ValueKind == JsonValueKind.String
                && string.Equals(typ.GetString(), "at+jwt", StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            return false;
        }
    }
}
