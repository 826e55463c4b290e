namespace Pierre.Providers.Strava;

/// <summary>The fields Pierre reads of Strava's summary and detailed activity; <see cref="Calories"/> is only in the detailed one.</summary>
internal sealed record StravaActivityDto(
    long Id,
    string? Name,
    string? Type,
    string? SportType,
    DateTimeOffset StartDate,
    double Distance,
    double MovingTime,
    double? ElapsedTime,
    double? TotalElevationGain,
    double? AverageHeartrate,
    double? MaxHeartrate,
    double? AverageWatts,
    double? WeightedAverageWatts,
    bool? DeviceWatts,
    double? PerceivedExertion,
    double? Calories);
