using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// Heart rate that follows intensity with a lag and drifts upward at constant output. The steady-state fraction of heart
/// rate reserve tracks the fraction of VO2 reserve (Swain and Leutholtz 1997), taken here as the fraction of VDOT that
/// Daniels' paces are defined by (threshold 0.88, interval 0.975); on the bike it reaches 0.86 at FTP; swimming sits lower. Heart rate moves toward
/// that target with a first-order lag (30 s rising, 40 s falling) and, after 10 minutes, rises by the session's drift
/// rate (cardiac drift, Coyle and González-Alonso 2001), which is what makes long steady sessions decouple.
/// </summary>
internal static class HeartRateModel
{
    public const double RiseSeconds = 30;
    public const double FallSeconds = 40;
    private const double DriftOnsetSeconds = 600;

    public static double Start(SyntheticPhysiology p) => p.Athlete.RestingHeartRate + (0.2 * p.HeartRateReserve);

    /// <summary>Steady-state heart rate (bpm) at <paramref name="level"/> before drift.</summary>
    public static double Steady(SyntheticPhysiology p, Sport sport, double level)
    {
        var fraction = sport switch
        {
            Sport.Run => level,
            Sport.Ride => 0.30 + (0.56 * level),
            _ => 0.20 + (0.55 * level),
        };
        return p.Athlete.RestingHeartRate + (p.HeartRateReserve * Math.Min(0.97, fraction));
    }

    /// <summary>The multiplier of steady-state heart rate <paramref name="seconds"/> into a session.</summary>
    public static double Drift(double percentPerHour, double seconds) =>
        1 + (percentPerHour / 100 * Math.Max(0, seconds - DriftOnsetSeconds) / 3600);

    /// <summary>
    /// The mean of the lagged heart rate over <paramref name="segments"/>, in closed form: the steady targets integrated
    /// with their drift, less each step's lag deficit (step × time constant, exact for a first-order lag).
    /// </summary>
    public static double Mean(SyntheticPhysiology p, Sport sport, IReadOnlyList<Segment> segments, double driftPercentPerHour)
    {
        var k = driftPercentPerHour / 100 / 3600;
        double Integral(double x) => x + (k * Math.Max(0, x - DriftOnsetSeconds) * Math.Max(0, x - DriftOnsetSeconds) / 2);
        double area = 0, t = 0, previous = Start(p);
        foreach (var segment in segments)
        {
            var steady = Steady(p, sport, segment.Level);
            var step = (steady * Drift(driftPercentPerHour, t)) - previous;
            area -= step * (step > 0 ? RiseSeconds : FallSeconds);
            area += steady * (Integral(t + segment.Seconds) - Integral(t));
            t += segment.Seconds;
            previous = steady * Drift(driftPercentPerHour, t);
        }

        return t > 0 ? area / t : previous;
    }
}
