using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Performance;

/// <summary>Thresholds estimated from recorded efforts or a race-derived VDOT, for athletes who have not set their own.</summary>
public static class ThresholdEstimates
{
    private const int TwentyMinutesSeconds = 1200;
    private const int FrielTestSeconds = 1800;
    private const double TwentyMinuteFactor = 0.95;
    private const double DanielsThresholdFractionOfVdot = 0.88;

    /// <summary>FTP (W) ≈ 0.95 × the best 20-min mean power of any series (Allen &amp; Coggan 2010, the 20-minute test); null, unusable or shorter series are skipped; null when none is left.</summary>
    public static double? FtpFromBestEffort(params IEnumerable<double[]?> powerSeriesWatts) =>
        FtpFromBestTwentyMinutes(powerSeriesWatts.Select(BestTwentyMinutes));

    /// <summary>FTP (W) ≈ 0.95 × the highest of the sessions' best 20-min mean powers (Allen &amp; Coggan 2010); absent ones are skipped; null when none is left.</summary>
    public static double? FtpFromBestTwentyMinutes(IEnumerable<double?> bestTwentyMinutePowerWatts) =>
        TwentyMinuteFactor * bestTwentyMinutePowerWatts.Max();

    /// <summary>
    /// Friel's field test for LTHR: a solo 30-min time trial, LTHR (bpm) = mean heart rate of its last 20 min (Friel,
    /// "The Cyclist's Training Bible"). Over a longer 1 Hz series the hardest 30-min window stands for the trial; null
    /// when shorter than 30 min.
    /// </summary>
    public static double? FrielLactateThreshold(ReadOnlySpan<double> heartRate)
    {
        if (heartRate.Length < FrielTestSeconds)
        {
            return null;
        }

        double window = 0, best = double.NegativeInfinity;
        var bestEnd = 0;
        for (var i = 0; i < heartRate.Length; i++)
        {
            window += heartRate[i] - (i >= FrielTestSeconds ? heartRate[i - FrielTestSeconds] : 0);
            if (i >= FrielTestSeconds - 1 && window > best)
            {
                (best, bestEnd) = (window, i + 1);
            }
        }

        if (bestEnd == 0)
        {
            return null;
        }

        double lastTwenty = 0;
        foreach (var beat in heartRate[(bestEnd - TwentyMinutesSeconds)..bestEnd])
        {
            lastTwenty += beat;
        }

        return lastTwenty / TwentyMinutesSeconds;
    }

    /// <summary>
    /// LTHR (bpm) ≈ the highest 20-min mean heart rate among sessions whose series lasts at least 30 min, no factor
    /// applied. In a session that held Friel's 30-min time trial the best 20 min are its last 20 (heart rate rises
    /// through a steady effort), so this is Friel's figure; in ordinary training it reads the hardest 20 min, which is
    /// LTHR only when the session reached threshold, and reads low otherwise. Null when no session qualifies.
    /// </summary>
    public static double? LactateThresholdFromBestTwentyMinutes(IEnumerable<(double? BestTwentyMinuteBpm, int SeriesSeconds)> sessions) =>
        sessions.Where(s => s.SeriesSeconds >= FrielTestSeconds).Max(s => s.BestTwentyMinuteBpm);

    /// <summary>The rule of <see cref="LactateThresholdFromBestTwentyMinutes"/> over whole 1 Hz heart-rate series; null, unusable or shorter series are skipped.</summary>
    public static double? LactateThresholdFromBestEffort(params IEnumerable<double[]?> heartRateSeries) =>
        LactateThresholdFromBestTwentyMinutes(heartRateSeries.Select(series => (BestTwentyMinutes(series), series?.Length ?? 0)));

    /// <summary>How <see cref="LactateThresholdFromBestTwentyMinutes"/> estimates LTHR, for results.</summary>
    public const string LactateThresholdMethod =
        "highest 20-min mean HR of a session of at least 30 min (the window of Friel's 30-min time trial, read from training: LTHR when that session reached threshold, low otherwise)";

    /// <summary>Daniels' threshold (T) pace (s/km) = 60 000 / v, v (m/min) the velocity whose oxygen cost is 88 % of VDOT ("Daniels' Running Formula"); null outside VDOT 20–90.</summary>
    public static double? ThresholdPaceSecondsPerKm(double vdot) =>
        vdot is >= 20 and <= 90 ? 60_000 / PaceZones.VelocityAtOxygenCost(DanielsThresholdFractionOfVdot * vdot) : null;

    private static double? BestTwentyMinutes(double[]? samples) =>
        samples is null ? null : BestEfforts.MeanMaximal(samples, TwentyMinutesSeconds);
}
