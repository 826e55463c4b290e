using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Server.Intelligence;

/// <summary>The per-sport thresholds an analysis used, by setting name; an LTHR nobody set or estimated shows its default.</summary>
internal static class ThresholdView
{
    public static object Of(Athlete a) => new
    {
        cycling_ftp_watts = Round(a.Thresholds.CyclingFtpWatts),
        cycling_lthr_bpm = Math.Round(ActivityStress.LactateThreshold(a, Sport.Ride)),
        running_lthr_bpm = Math.Round(ActivityStress.LactateThreshold(a, Sport.Run)),
        running_threshold_pace_s_per_km = Round(a.Thresholds.RunningThresholdPaceSecondsPerKm),
        swimming_css_s_per_100m = Round(a.Thresholds.SwimmingCssSecondsPer100m),
    };

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 1) : null;
}
