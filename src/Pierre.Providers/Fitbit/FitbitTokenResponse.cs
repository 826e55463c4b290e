namespace Pierre.Providers.Fitbit;

/// <summary>The token endpoint's answer; <see cref="Scope"/> lists the scopes the user granted, space-separated.</summary>
internal sealed record FitbitTokenResponse(
    string? AccessToken,
    long? ExpiresIn,
    string? RefreshToken,
    string? Scope,
    string? TokenType,
    string? UserId);
