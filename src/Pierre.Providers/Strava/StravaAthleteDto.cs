namespace Pierre.Providers.Strava;

/// <summary>The fields Pierre reads of Strava's athlete (<c>GET athlete</c>, and the token response's <c>athlete</c>).</summary>
internal sealed record StravaAthleteDto(long Id, string? Firstname, string? Lastname, string? Sex, double? Weight, double? Ftp);
