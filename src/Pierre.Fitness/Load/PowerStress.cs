namespace Pierre.Fitness.Load;

/// <summary>Coggan's power-based training stress (Allen &amp; Coggan, "Training and Racing with a Power Meter", 2010).</summary>
public static class PowerStress
{
    private const int RollingWindowSeconds = 30;

    /// <summary>Normalized Power (W) = (mean of (30 s rolling mean power)^4)^(1/4), from 1 Hz samples; null when shorter than 30 s.</summary>
    public static double? NormalizedPowerWatts(ReadOnlySpan<double> powerWatts)
    {
        if (powerWatts.Length < RollingWindowSeconds)
        {
            return null;
        }

        double window = 0, sumFourth = 0;
        for (var i = 0; i < powerWatts.Length; i++)
        {
            window += Usable(powerWatts[i]);
            if (i >= RollingWindowSeconds)
            {
                window -= Usable(powerWatts[i - RollingWindowSeconds]);
            }

            if (i >= RollingWindowSeconds - 1)
            {
                var mean = window / RollingWindowSeconds;
                sumFourth += mean * mean * mean * mean;
            }
        }

        return Math.Pow(sumFourth / (powerWatts.Length - RollingWindowSeconds + 1), 0.25);
    }

    // A dropout (NaN) or a negative reading counts as no power, as a head unit records coasting.
    private static double Usable(double watts) => double.IsFinite(watts) && watts > 0 ? watts : 0;

    /// <summary>Intensity Factor IF = NP / FTP (dimensionless); null when FTP is not positive.</summary>
    public static double? IntensityFactor(double normalizedPowerWatts, double ftpWatts) =>
        ftpWatts > 0 && normalizedPowerWatts >= 0 ? normalizedPowerWatts / ftpWatts : null;

    /// <summary>TSS = (t_s × NP × IF) / (FTP × 3600) × 100; one hour at FTP scores 100. Null for bad inputs.</summary>
    public static double? TrainingStressScore(double durationSeconds, double normalizedPowerWatts, double ftpWatts) =>
        durationSeconds >= 0 && IntensityFactor(normalizedPowerWatts, ftpWatts) is { } intensity
            ? durationSeconds * normalizedPowerWatts * intensity / (ftpWatts * 3600) * 100
            : null;
}
