using Pierre.Fitness.Model;

namespace Pierre.Server.Intelligence;

/// <summary>
/// Thresholds estimated per sport from what the athlete actually did recently, to check or stand in for configured
/// ones. <see cref="ActivitiesRead"/> counts the activities whose streams fed the estimate; of the
/// <see cref="ActivitiesQualified"/> in the window long enough to count, <see cref="ActivitiesWithBests"/> had their
/// bests known, fewer when a call may read only some streams (<see cref="IsPartial"/>).
/// </summary>
internal sealed record ThresholdEstimate(
    SportThresholds Thresholds,
    double? Vdot,
    int ActivitiesRead,
    int WindowDays,
    int ActivitiesQualified = 0,
    int ActivitiesWithBests = 0)
{
    public bool IsPartial => ActivitiesWithBests < ActivitiesQualified;

    /// <summary>The cycling FTP estimate (W), from ride power only.</summary>
    public double? FtpWatts => Thresholds.CyclingFtpWatts;

    /// <summary>The running threshold pace estimate (s/km), from run VDOT only.</summary>
    public double? ThresholdPaceSecondsPerKm => Thresholds.RunningThresholdPaceSecondsPerKm;
}
