using Pierre.Fitness.Zones;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>
/// Heart-rate, power and pace zones and what they were built from; the FTP is the configured one, else the estimate
/// (<paramref name="FtpEstimated"/>), else none. <paramref name="PowerZones"/> are Coggan's from FTP, or the critical-power
/// domains when <see cref="CriticalZones.Anchor"/> says so.
/// </summary>
internal sealed record PersonalZones(
    string Provider, double MaxHeartRate, int RestingHeartRate, double? FtpWatts, bool FtpEstimated, double? Vdot,
    IReadOnlyList<Zone> HeartRateZones, IReadOnlyList<Zone>? PowerZones, IReadOnlyList<Zone>? PaceZones, ThresholdEstimate Estimates,
    CriticalZones Critical);
