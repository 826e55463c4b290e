namespace Pierre.Providers.Fitbit;

/// <summary><c>GET 1/user/-/activities/list.json</c>: one page of activity logs and the link to the next one.</summary>
internal sealed record FitbitActivityList(IReadOnlyList<FitbitActivityLog>? Activities, FitbitPagination? Pagination);

/// <summary>Fitbit's paging: <see cref="Next"/> is the URL of the following page, or empty on the last one.</summary>
internal sealed record FitbitPagination(string? Next, string? Previous);

/// <summary>One activity log; durations are milliseconds, <see cref="StartTime"/> is local time with its offset.</summary>
internal sealed record FitbitActivityLog(
    long LogId,
    string? ActivityName,
    DateTimeOffset StartTime,
    long? ActiveDuration,
    long? Duration,
    double? Distance,
    string? DistanceUnit,
    double? AverageHeartRate,
    double? Calories,
    double? ElevationGain);
