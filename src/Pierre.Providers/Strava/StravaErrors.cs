using System.Text.Json;

namespace Pierre.Providers.Strava;

/// <summary>
/// Reads Strava's error body, <c>{"message":"Bad Request","errors":[{"resource":"RefreshToken","field":"refresh_token","code":"invalid"}]}</c>,
/// only to tell a rejected application (a configuration problem) from a rejected grant (the user must reconnect).
/// </summary>
internal static class StravaErrors
{
    public static bool IsAboutApplication(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array
                && errors.EnumerateArray().Any(e =>
                    e.ValueKind == JsonValueKind.Object
                    && e.TryGetProperty("resource", out var resource)
                    && resource.ValueKind == JsonValueKind.String
                    && resource.GetString() == "Application");
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
