using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>
/// Friel's aerobic decoupling (Pw:HR for rides, Pa:HR for runs; J. Friel, "Aerobic Endurance and Decoupling",
/// TrainingPeaks, and "The Cyclist's Training Bible"): the efficiency factor EF = normalized output ÷ mean heart rate in
/// the first and second half of a steady session, and its fall (EF₁ − EF₂) / EF₁ × 100. Output is Normalized Power
/// (Allen &amp; Coggan 2010) on a ride and normalized grade-adjusted pace (NGP, Minetti et al. 2002 energy cost, as
/// <see cref="RunningStress"/>) on a run; under 5 % reads as coupled.
/// </summary>
public static class AerobicDecoupling
{
    public const double ThresholdPercent = 5;

    /// <summary>
    /// Heart rate takes minutes to settle after work starts (and the first minutes are rarely steady), so output per beat
    /// is high early on and would inflate EF₁ and the drift; the steady part begins after this warm-up.
    /// </summary>
    public const int WarmUpSeconds = 600;

    /// <summary>Below this speed (m/s, a slow walk) the athlete is taken as stopped: heart rate falls while output is nil, which is not drift.</summary>
    public const double MovingSpeedMetersPerSecond = 0.5;

    /// <summary>Five minutes a half, so each half's normalized output rests on more than a few 30 s windows.</summary>
    public const int MinimumAnalysedSeconds = 600;

    public const string Method =
        "Friel aerobic decoupling (Pw:HR / Pa:HR; Friel, 'Aerobic Endurance and Decoupling', TrainingPeaks): (EF1 − EF2) / EF1 × 100, "
        + "EF = NP (rides; Allen & Coggan 2010) or normalized grade-adjusted pace (runs; Minetti et al. 2002) ÷ mean heart rate over each half "
        + "of the moving time after a 10-min warm-up, stops (< 0.5 m/s and no power) left out; under 5 % reads as coupled";

    /// <summary>Pw:HR on rides with power, Pa:HR on runs (graded when altitude is recorded) and on flat pace in other sports; null on a ride without power, where speed reflects grade, wind and drafting more than effort.</summary>
    public static Decoupling? Of(Sport sport, ActivityStreams streams)
    {
        if (streams.HeartRate is not { } heart)
        {
            return null;
        }

        if (sport == Sport.Ride)
        {
            return streams.PowerWatts is { } power ? OfPower(power, heart, streams.SpeedMetersPerSecond) : null;
        }

        // Minetti's cost curve is for running; other sports' pace is taken on the flat.
        return sport == Sport.Run
            ? OfPace(streams.SpeedMetersPerSecond, streams.AltitudeMeters, streams.DistanceMeters, heart)
            : OfPace(streams.SpeedMetersPerSecond, [], [], heart);
    }

    /// <summary>
    /// Pw:HR from 1 Hz power (W), heart rate (bpm) and speed (m/s): a second is stopped when it has neither power &gt; 0 nor
    /// speed ≥ 0.5 m/s (coasting while moving counts, as it does in NP). Null when fewer than 600 s remain or EF₁ is 0.
    /// </summary>
    public static Decoupling? OfPower(ReadOnlySpan<double> powerWatts, ReadOnlySpan<double> heartRate, ReadOnlySpan<double> speedMetersPerSecond)
    {
        var count = Math.Min(powerWatts.Length, heartRate.Length);
        var power = new List<double>(count);
        var heart = new List<double>(count);
        for (var i = WarmUpSeconds; i < count; i++)
        {
            var pedalling = double.IsFinite(powerWatts[i]) && powerWatts[i] > 0;
            if (pedalling || (i < speedMetersPerSecond.Length && IsMoving(speedMetersPerSecond[i])))
            {
                power.Add(pedalling ? powerWatts[i] : 0);
                heart.Add(heartRate[i]);
            }
        }

        var watts = power.ToArray();
        return Split(DecouplingBasis.Power, count, heart, range => PowerStress.NormalizedPowerWatts(watts.AsSpan()[range]));
    }

    /// <summary>
    /// Pa:HR from 1 Hz speed (m/s), altitude (m), cumulative distance (m) and heart rate (bpm): each half's output is its
    /// normalized graded speed (<see cref="RunningStress.NormalizedGradedSpeedMetersPerSecond"/>, the speed form of NGP);
    /// on the flat (no usable altitude) it is the normalized speed. A second under 0.5 m/s is stopped. Null when fewer
    /// than 600 s remain or EF₁ is 0.
    /// </summary>
    public static Decoupling? OfPace(
        ReadOnlySpan<double> speedMetersPerSecond, ReadOnlySpan<double> altitudeMeters, ReadOnlySpan<double> distanceMeters, ReadOnlySpan<double> heartRate)
    {
        var count = Math.Min(speedMetersPerSecond.Length, heartRate.Length);
        var graded = altitudeMeters.Length >= count && distanceMeters.Length >= count
            && SampleChecks.AreFinite(altitudeMeters[..count]) && SampleChecks.AreNonNegative(distanceMeters[..count]);
        var speed = new List<double>(count);
        var altitude = new List<double>(count);
        var distance = new List<double>(count);
        var heart = new List<double>(count);
        for (var i = WarmUpSeconds; i < count; i++)
        {
            if (IsMoving(speedMetersPerSecond[i]))
            {
                speed.Add(speedMetersPerSecond[i]);
                altitude.Add(graded ? altitudeMeters[i] : 0);
                distance.Add(graded ? distanceMeters[i] : 0);
                heart.Add(heartRate[i]);
            }
        }

        var (v, h, d) = (speed.ToArray(), altitude.ToArray(), distance.ToArray());
        return Split(
            graded ? DecouplingBasis.GradedPace : DecouplingBasis.Pace,
            count,
            heart,
            range => RunningStress.NormalizedGradedSpeedMetersPerSecond(v.AsSpan()[range], h.AsSpan()[range], d.AsSpan()[range]));
    }

    private static bool IsMoving(double speedMetersPerSecond) => double.IsFinite(speedMetersPerSecond) && speedMetersPerSecond >= MovingSpeedMetersPerSecond;

    private static Decoupling? Split(DecouplingBasis basis, int count, List<double> heart, Func<Range, double?> normalized)
    {
        var analysed = heart.Count;
        if (analysed < MinimumAnalysedSeconds)
        {
            return null;
        }

        var half = analysed / 2;
        var beats = heart.ToArray();
        if (Ratio(normalized(..half), beats.AsSpan()[..half]) is not { } first || first <= 0
            || Ratio(normalized(half..), beats.AsSpan()[half..]) is not { } second)
        {
            return null;
        }

        var warmUp = Math.Min(WarmUpSeconds, count);
        return new Decoupling(basis, first, second, (first - second) / first * 100, warmUp, count - warmUp - analysed, analysed);
    }

    private static double? Ratio(double? output, ReadOnlySpan<double> heartRate) =>
        output is { } o && MeanAccumulator.Of(heartRate) is { } hr ? o / hr : null;
}
