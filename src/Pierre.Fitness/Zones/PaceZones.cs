using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Zones;

/// <summary>
/// Daniels' training paces from VDOT ("Daniels' Running Formula"): each pace is the velocity whose oxygen cost is a
/// fraction of VDOT — Easy 62–70 %, Threshold 88 %, Interval 97.5 %, Repetition 105 % — and Marathon is the predicted
/// marathon race pace. Bounds are seconds per km (Low = slower end).
/// </summary>
public static class PaceZones
{
    public static IReadOnlyList<Zone>? Daniels(double vdot)
    {
        if (vdot is < 20 or > 90 || Vdot.PredictSeconds(vdot, 42_195) is not { } marathonSeconds)
        {
            return null;
        }

        double Pace(double fraction) => Math.Round(60_000 / VelocityAtOxygenCost(fraction * vdot), 1);
        var marathon = Math.Round(marathonSeconds / 42.195, 1);
        return
        [
            new Zone(1, "Easy", Pace(0.62), Pace(0.70)),
            new Zone(2, "Marathon", marathon, marathon),
            new Zone(3, "Threshold", Pace(0.88), Pace(0.88)),
            new Zone(4, "Interval", Pace(0.975), Pace(0.975)),
            new Zone(5, "Repetition", Pace(1.05), Pace(1.05)),
        ];
    }

    /// <summary>Inverse of <see cref="Vdot.OxygenCost"/>: the velocity (m/min) whose cost is <paramref name="vo2"/> ml/kg/min.</summary>
    public static double VelocityAtOxygenCost(double vo2)
    {
        const double a = 0.000104, b = 0.182258;
        var c = -4.60 - vo2;
        return (-b + Math.Sqrt((b * b) - (4 * a * c))) / (2 * a);
    }
}
