namespace Pierre.Providers.Strava;

/// <summary>Strava's token endpoint answer; the athlete comes only with a code exchange (Strava has no userinfo endpoint).</summary>
internal sealed record StravaTokenResponse(string? AccessToken, string? RefreshToken, long? ExpiresAt, long? ExpiresIn, StravaAthleteDto? Athlete);
