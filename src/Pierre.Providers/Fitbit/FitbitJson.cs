using System.Text.Json;

namespace Pierre.Providers.Fitbit;

/// <summary>How Fitbit's bodies are read: the Web API is camelCase, the token endpoint snake_case.</summary>
internal static class FitbitJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly JsonSerializerOptions TokenOptions = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
