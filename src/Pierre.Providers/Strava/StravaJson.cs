using System.Text.Json;

namespace Pierre.Providers.Strava;

/// <summary>How Strava's JSON reads: snake_case names, numbers sometimes written as strings.</summary>
internal static class StravaJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
