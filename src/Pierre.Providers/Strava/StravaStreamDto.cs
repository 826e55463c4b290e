namespace Pierre.Providers.Strava;

/// <summary>One of an activity's streams as Strava sends it with <c>key_by_type=true</c>; a sample may be null (a dropped power reading).</summary>
internal sealed record StravaStreamDto(double?[] Data);
