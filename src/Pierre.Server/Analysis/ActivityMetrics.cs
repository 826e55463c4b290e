namespace Pierre.Server.Analysis;

/// <summary>One activity's stress metrics from its 1 Hz streams; each is null when the activity lacks what it needs.</summary>
internal sealed record ActivityMetrics(
    string Provider,
    string ActivityId,
    int DurationSeconds,
    double? NormalizedPowerWatts,
    double? IntensityFactor,
    double? PowerTss,
    double? NormalizedGradedPaceSecondsPerKm,
    double? RunningTss,
    double? HeartRateTss,
    double? BanisterTrimp,
    double? EdwardsTrimp);
