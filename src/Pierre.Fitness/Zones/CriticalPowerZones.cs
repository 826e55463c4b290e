namespace Pierre.Fitness.Zones;

/// <summary>
/// Power zones from the intensity domains around critical power (Poole, Burnley, Vanhatalo, Rossiter &amp; Jones 2016,
/// "Critical Power: An Important Fatigue Threshold in Exercise Physiology", Med Sci Sports Exerc 48:2320–2334): below CP
/// the moderate and heavy domains, where a metabolic steady state is reached; above CP the severe domain, where W′ is
/// drawn down and exhaustion comes at t = W′ / (P − CP). The severe domain is bounded here at the power W′ lasts
/// 2 minutes (P = CP + W′ / 120 s), the shortest effort the 2-parameter model is fitted on; above it the model no longer
/// applies (extreme, sprint).
/// </summary>
public static class CriticalPowerZones
{
    /// <summary>The shortest duration (s) the 2-parameter model is fitted on, and so the top of the severe zone.</summary>
    public const double ShortestModelSeconds = 120;

    public const string Method =
        "intensity domains around critical power (Poole et al. 2016, Med Sci Sports Exerc 48:2320): below CP moderate and heavy (steady state), "
        + "CP to CP + W′/120 s severe (W′ drawn down, exhaustion at t = W′/(P − CP), 2 min at the top), above that extreme (beyond the 2-parameter model)";

    /// <summary>Three zones in watts: below CP, severe CP … CP + W′/120, extreme above; null unless 30 &lt; CP &lt; 700 W and W′ &gt; 0 J.</summary>
    public static IReadOnlyList<Zone>? Domains(double criticalPowerWatts, double wPrimeJoules)
    {
        if (criticalPowerWatts is <= 30 or >= 700 || !double.IsFinite(wPrimeJoules) || wPrimeJoules <= 0)
        {
            return null;
        }

        var cp = Math.Round(criticalPowerWatts, MidpointRounding.AwayFromZero);
        var twoMinutes = Math.Round(criticalPowerWatts + (wPrimeJoules / ShortestModelSeconds), MidpointRounding.AwayFromZero);
        return
        [
            new Zone(1, "Moderate and heavy (below CP)", null, cp),
            new Zone(2, "Severe (CP to 2-min power)", cp, twoMinutes),
            new Zone(3, "Extreme (beyond the model)", twoMinutes, null),
        ];
    }

    /// <summary>Time to exhaustion (s) above CP by the 2-parameter model, t = W′ / (P − CP); null at or below CP.</summary>
    public static double? TimeToExhaustionSeconds(double powerWatts, double criticalPowerWatts, double wPrimeJoules) =>
        powerWatts > criticalPowerWatts && wPrimeJoules > 0 ? wPrimeJoules / (powerWatts - criticalPowerWatts) : null;
}
