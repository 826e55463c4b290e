using Pierre.Fitness.Model;

namespace Pierre.Fitness.Load;

/// <summary>Heart-rate training impulse and stress scores.</summary>
public static class HeartRateStress
{
    /// <summary>Heart-rate reserve fraction ΔHR = (HR − HRrest) / (HRmax − HRrest), clamped to 0..1; null when rest ≥ max.</summary>
    public static double? ReserveFraction(double heartRate, double restingHeartRate, double maxHeartRate) =>
        maxHeartRate > restingHeartRate && restingHeartRate > 0
            ? Math.Clamp((heartRate - restingHeartRate) / (maxHeartRate - restingHeartRate), 0, 1)
            : null;

    /// <summary>
    /// Banister TRIMP = t_min × ΔHR × a × e^(b × ΔHR), a = 0.64, b = 1.92 for men and 0.86, 1.67 for women
    /// (Banister 1991; Morton, Fitz-Clarke &amp; Banister 1990). Unspecified sex uses the mean of the two.
    /// </summary>
    public static double? BanisterTrimp(double durationSeconds, double averageHeartRate, double restingHeartRate, double maxHeartRate, Sex sex)
    {
        if (durationSeconds < 0 || ReserveFraction(averageHeartRate, restingHeartRate, maxHeartRate) is not { } reserve)
        {
            return null;
        }

        double Weighted(double a, double b) => a * Math.Exp(b * reserve);
        var factor = sex switch
        {
            Sex.Male => Weighted(0.64, 1.92),
            Sex.Female => Weighted(0.86, 1.67),
            _ => (Weighted(0.64, 1.92) + Weighted(0.86, 1.67)) / 2,
        };
        return durationSeconds / 60 * reserve * factor;
    }

    /// <summary>
    /// Edwards TRIMP = Σ minutes in zone × weight, zones of %HRmax 50–60 (×1), 60–70 (×2), 70–80 (×3), 80–90 (×4),
    /// 90–100 (×5) (Edwards 1993), from 1 Hz heart-rate samples. Null when HRmax is not positive.
    /// </summary>
    public static double? EdwardsTrimp(ReadOnlySpan<double> heartRate, double maxHeartRate)
    {
        if (maxHeartRate <= 0)
        {
            return null;
        }

        double seconds = 0;
        foreach (var hr in heartRate)
        {
            var fraction = hr / maxHeartRate;
            seconds += fraction switch
            {
                >= 0.9 => 5,
                >= 0.8 => 4,
                >= 0.7 => 3,
                >= 0.6 => 2,
                >= 0.5 => 1,
                _ => 0,
            };
        }

        return seconds / 60;
    }

    /// <summary>
    /// HRSS = 100 × ΣTRIMP ÷ TRIMP(60 min at LTHR), Banister's TRIMP taken per 1 Hz sample, so an hour at threshold
    /// heart rate scores 100 and harder seconds weigh exponentially more (the open heart-rate stress score, HRSS).
    /// Samples that are not finite or not positive are strap dropouts and add nothing.
    /// Null when LTHR does not lie between resting and maximum heart rate.
    /// </summary>
    public static double? HeartRateStressScore(ReadOnlySpan<double> heartRate, double restingHeartRate, double maxHeartRate, double lactateThresholdHeartRate, Sex sex)
    {
        if (ThresholdHourTrimp(restingHeartRate, maxHeartRate, lactateThresholdHeartRate, sex) is not { } hour)
        {
            return null;
        }

        double trimp = 0;
        foreach (var beat in heartRate)
        {
            if (double.IsFinite(beat) && beat > 0)
            {
                trimp += BanisterTrimp(1, beat, restingHeartRate, maxHeartRate, sex) ?? 0;
            }
        }

        return 100 * trimp / hour;
    }

    /// <summary>
    /// HRSS from a summary: 100 × TRIMP(duration, average HR) ÷ TRIMP(60 min at LTHR). TRIMP rises faster than linearly
    /// with heart rate, so a variable session reads lower than from its stream. Null for bad inputs.
    /// </summary>
    public static double? HeartRateStressScore(double durationSeconds, double averageHeartRate, double restingHeartRate, double maxHeartRate, double lactateThresholdHeartRate, Sex sex) =>
        ThresholdHourTrimp(restingHeartRate, maxHeartRate, lactateThresholdHeartRate, sex) is { } hour
        && BanisterTrimp(durationSeconds, averageHeartRate, restingHeartRate, maxHeartRate, sex) is { } trimp
            ? 100 * trimp / hour
            : null;

    private static double? ThresholdHourTrimp(double restingHeartRate, double maxHeartRate, double lactateThresholdHeartRate, Sex sex) =>
        lactateThresholdHeartRate > restingHeartRate && lactateThresholdHeartRate < maxHeartRate
        && BanisterTrimp(3600, lactateThresholdHeartRate, restingHeartRate, maxHeartRate, sex) is > 0 and { } trimp
            ? trimp
            : null;
}
