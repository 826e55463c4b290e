using System.Text.Json;

namespace Pierre.Providers.Fitbit;

/// <summary>Fitbit's error body: <c>{"errors":[{"errorType":"invalid_grant","message":"..."}],"success":false}</c>.</summary>
internal sealed record FitbitErrorBody(IReadOnlyList<FitbitError>? Errors)
{
    /// <summary>The first error type in <paramref name="body"/>, or null when it is not Fitbit's error shape.</summary>
    public static string? FirstType(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<FitbitErrorBody>(body, FitbitJson.Options)?.Errors is [var first, ..] ? first.ErrorType : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

internal sealed record FitbitError(string? ErrorType, string? Message);
