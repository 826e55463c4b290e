namespace Pierre.Fitness.Performance;

/// <summary>
/// Daniels and Gilbert's VDOT ("Oxygen Power", 1979; Daniels, "Daniels' Running Formula"): the oxygen cost of running at
/// velocity v (m/min) is VO2 = −4.60 + 0.182258 v + 0.000104 v², and the fraction of VO2max sustainable for t minutes is
/// %max = 0.8 + 0.1894393 e^(−0.012778 t) + 0.2989558 e^(−0.1932605 t); VDOT = VO2 / %max.
/// </summary>
public static class Vdot
{
    /// <summary>Oxygen cost (ml/kg/min) of running at <paramref name="metersPerMinute"/>.</summary>
    public static double OxygenCost(double metersPerMinute) => -4.60 + (0.182258 * metersPerMinute) + (0.000104 * metersPerMinute * metersPerMinute);

    /// <summary>Fraction of VO2max that can be held for <paramref name="minutes"/>.</summary>
    public static double FractionOfMax(double minutes) =>
        0.8 + (0.1894393 * Math.Exp(-0.012778 * minutes)) + (0.2989558 * Math.Exp(-0.1932605 * minutes));

    /// <summary>VDOT of a race: distance in meters and time in seconds; null outside 3.5 minutes to 10 hours or 800 m to 100 km.</summary>
    public static double? FromRace(double meters, double seconds)
    {
        if (meters is < 800 or > 100_000 || seconds is < 210 or > 36_000)
        {
            return null;
        }

        var minutes = seconds / 60;
        return OxygenCost(meters / minutes) / FractionOfMax(minutes);
    }

    /// <summary>Time (s) over <paramref name="meters"/> that a runner of <paramref name="vdot"/> can race, solved by bisection.</summary>
    public static double? PredictSeconds(double vdot, double meters)
    {
        if (vdot is < 20 or > 90 || meters is < 800 or > 100_000)
        {
            return null;
        }

        // VDOT of a performance falls as its time grows, so bisect on time.
        double fast = 60, slow = 60_000;
        for (var i = 0; i < 100 && slow - fast > 0.01; i++)
        {
            var mid = (fast + slow) / 2;
            var minutes = mid / 60;
            var implied = OxygenCost(meters / minutes) / FractionOfMax(minutes);
            if (implied > vdot)
            {
                fast = mid;
            }
            else
            {
                slow = mid;
            }
        }

        return (fast + slow) / 2;
    }
}
