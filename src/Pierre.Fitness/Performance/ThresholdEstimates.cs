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
    /// LTHR (bpm) ≈ 0.95 × the highest 20-min mean heart rate among series of at least 30 min; null when none qualifies.
    /// Friel's field test (a solo 30-min time trial, LTHR = mean HR of its last 20 min) applies no factor; the 0.95 is the
    /// 20-minute-test rule (TrainingPeaks' detection: 95 % of the peak 20-min HR), chosen because a best window found in
    /// training cannot be told from a 20-min all-out effort, which reads high, so the estimate errs low. The 30-min minimum
    /// is the length of Friel's test, so every window comes from a session at least as long as his.
    /// </summary>
    public static double? LactateThresholdFromBestEffort(params IEnumerable<double[]?> heartRateSeries) =>
        LactateThresholdFromBestTwentyMinutes(heartRateSeries.Select(series => (BestTwentyMinutes(series), series?.Length ?? 0)));

    /// <summary>
    /// LTHR (bpm) ≈ 0.95 × the highest best 20-min mean heart rate among sessions whose heart-rate series lasts at least
    /// 30 min (the rule of <see cref="LactateThresholdFromBestEffort"/>, from figures stored per session); null when none qualifies.
    /// </summary>
    public static double? LactateThresholdFromBestTwentyMinutes(IEnumerable<(double? BestTwentyMinuteBpm, int SeriesSeconds)> sessions) =>
        TwentyMinuteFactor * sessions.Where(s => s.SeriesSeconds >= FrielTestSeconds).Max(s => s.BestTwentyMinuteBpm);

    /// <summary>Daniels' threshold (T) pace (s/km) = 60 000 / v, v (m/min) the velocity whose oxygen cost is 88 % of VDOT ("Daniels' Running Formula"); null outside VDOT 20–90.</summary>
    public static double? ThresholdPaceSecondsPerKm(double vdot) =>
        vdot is >= 20 and <= 90 ? 60_000 / PaceZones.VelocityAtOxygenCost(DanielsThresholdFractionOfVdot * vdot) : null;

    private static double? BestTwentyMinutes(double[]? samples) =>
        samples is null ? null : BestEfforts.MeanMaximal(samples, TwentyMinutesSeconds);
}
