using Pierre.Fitness.Model;

namespace Pierre.Fitness.Load;

/// <summary>
/// Running stress on the TSS scale, after Skiba's and TrainingPeaks' rTSS approach: every second becomes the flat speed
/// of equal energy cost (Minetti et al., "Energy cost of walking and running at extreme uphill and downhill slopes",
/// J Appl Physiol 93:1039–1046, 2002), and the result is scored against threshold pace. TrainingPeaks' NGP algorithm is
/// proprietary; this is an open construction of the same idea and will not match their numbers exactly.
/// </summary>
public static class RunningStress
{
    private const int RollingWindowSeconds = 30;
    private const int GradeHalfWindowSeconds = 5;
    private const double MinimumGradeRunMeters = 1;
    private const double SteepestGradeFraction = 0.45;
    private const double FlatCostJoulesPerKgMeter = 3.6;

    /// <summary>C(i) = 155.4i⁵ − 30.4i⁴ − 43.3i³ + 46.3i² + 19.5i + 3.6 J/kg/m, i the gradient (fraction) clamped to the paper's ±0.45 (Minetti et al. 2002); null when i is not finite.</summary>
    public static double? EnergyCostJoulesPerKgMeter(double gradeFraction) =>
        double.IsFinite(gradeFraction) ? Cost(gradeFraction) : null;

    /// <summary>Equivalent flat speed (m/s) = v × C(i) / C(0), the flat speed of equal energy cost (Minetti et al. 2002); null for a negative or non-finite speed or a non-finite grade.</summary>
    public static double? GradeAdjustedSpeedMetersPerSecond(double speedMetersPerSecond, double gradeFraction) =>
        double.IsFinite(speedMetersPerSecond) && speedMetersPerSecond >= 0 && double.IsFinite(gradeFraction)
            ? speedMetersPerSecond * Cost(gradeFraction) / FlatCostJoulesPerKgMeter
            : null;

    /// <summary>
    /// Normalized Graded Speed NGS (m/s) = (mean of (30 s rolling mean of grade-adjusted speed)⁴)^¼ over 1 Hz speed (m/s),
    /// altitude (m) and cumulative distance (m). Grade-adjusted speed is proportional to metabolic power (cost per metre ×
    /// speed), so Coggan's Normalized Power weighting carries over as in rTSS: the fourth power follows the steeper than
    /// linear rise of strain with intensity. Each second's grade is Δaltitude / Δdistance over a centred 10 s window (no
    /// lag, altitude noise averaged over ~30 m at running speed), taken as 0 below 1 m of travel. Null when shorter than
    /// 30 s, when lengths differ, or when a sample is non-finite or a speed or distance negative.
    /// </summary>
    public static double? NormalizedGradedSpeedMetersPerSecond(
        ReadOnlySpan<double> speedMetersPerSecond, ReadOnlySpan<double> altitudeMeters, ReadOnlySpan<double> distanceMeters)
    {
        var length = speedMetersPerSecond.Length;
        if (length < RollingWindowSeconds || altitudeMeters.Length != length || distanceMeters.Length != length
            || !SampleChecks.AreNonNegative(speedMetersPerSecond) || !SampleChecks.AreNonNegative(distanceMeters)
            || !SampleChecks.AreFinite(altitudeMeters))
        {
            return null;
        }

        Span<double> recent = stackalloc double[RollingWindowSeconds];
        double window = 0, sumFourth = 0;
        for (var i = 0; i < length; i++)
        {
            var graded = speedMetersPerSecond[i] * Cost(GradeAt(i, altitudeMeters, distanceMeters)) / FlatCostJoulesPerKgMeter;
            window += graded - recent[i % RollingWindowSeconds];
            recent[i % RollingWindowSeconds] = graded;
            if (i >= RollingWindowSeconds - 1)
            {
                var mean = Math.Max(0, window) / RollingWindowSeconds;
                sumFourth += mean * mean * mean * mean;
            }
        }

        return Math.Pow(sumFourth / (length - RollingWindowSeconds + 1), 0.25);
    }

    /// <summary>Running Intensity Factor IF = NGS / threshold speed, threshold speed (m/s) = 1000 / threshold pace (s/km); null unless NGS ≥ 0 and pace &gt; 0, both finite.</summary>
    public static double? IntensityFactor(double normalizedGradedSpeedMetersPerSecond, double thresholdPaceSecondsPerKm) =>
        double.IsFinite(normalizedGradedSpeedMetersPerSecond) && normalizedGradedSpeedMetersPerSecond >= 0
        && double.IsFinite(thresholdPaceSecondsPerKm) && thresholdPaceSecondsPerKm > 0
            ? normalizedGradedSpeedMetersPerSecond * thresholdPaceSecondsPerKm / 1000
            : null;

    /// <summary>rTSS = hours × IF² × 100, so an hour at threshold pace on the flat scores 100 (TrainingPeaks' rTSS; Skiba's GOVSS, 2006, is its published counterpart); null for a negative or non-finite duration or a null IF.</summary>
    public static double? TrainingStressScore(double durationSeconds, double normalizedGradedSpeedMetersPerSecond, double thresholdPaceSecondsPerKm) =>
        double.IsFinite(durationSeconds) && durationSeconds >= 0
        && IntensityFactor(normalizedGradedSpeedMetersPerSecond, thresholdPaceSecondsPerKm) is { } intensity
            ? durationSeconds / 3600 * intensity * intensity * 100
            : null;

    private static double GradeAt(int second, ReadOnlySpan<double> altitudeMeters, ReadOnlySpan<double> distanceMeters)
    {
        var from = Math.Max(0, second - GradeHalfWindowSeconds);
        var to = Math.Min(distanceMeters.Length - 1, second + GradeHalfWindowSeconds);
        var run = distanceMeters[to] - distanceMeters[from];
        return run >= MinimumGradeRunMeters ? (altitudeMeters[to] - altitudeMeters[from]) / run : 0;
    }

    private static double Cost(double gradeFraction)
    {
        var i = Math.Clamp(gradeFraction, -SteepestGradeFraction, SteepestGradeFraction);
        return (((((((((155.4 * i) - 30.4) * i) - 43.3) * i) + 46.3) * i) + 19.5) * i) + 3.6;
    }
}
