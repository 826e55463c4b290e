using Pierre.Fitness.Analysis;

namespace Pierre.Server.Analysis;

/// <summary>
/// One activity's stress metrics from its 1 Hz streams; each is null when the activity lacks what it needs.
/// <see cref="Stress"/> is the one score the training load uses for it, with its method; <see cref="LactateThresholdHeartRate"/>
/// the sport's LTHR behind HRSS, and <see cref="ThresholdSources"/> where each threshold came from.
/// <see cref="FrielTestLactateThreshold"/> reads the session as Friel's 30-min LTHR test.
/// </summary>
internal sealed record ActivityMetrics(
    string Provider,
    string ActivityId,
    int DurationSeconds,
    double? NormalizedPowerWatts,
    double? IntensityFactor,
    double? PowerTss,
    double? NormalizedGradedPaceSecondsPerKm,
    double? RunningTss,
    double? HeartRateStressScore,
    double? BanisterTrimp,
    double? EdwardsTrimp,
    SessionStress Stress,
    double LactateThresholdHeartRate,
    IReadOnlyDictionary<string, string> ThresholdSources,
    double? FrielTestLactateThreshold);
