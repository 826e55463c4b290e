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

    /// <summary>hrTSS = hours × IF² × 100 with IF = ΔHR(avg) / ΔHR(LTHR), so an hour at threshold heart rate scores 100.</summary>
    public static double? HeartRateTss(double durationSeconds, double averageHeartRate, double restingHeartRate, double lactateThresholdHeartRate)
    {
        if (durationSeconds < 0 || lactateThresholdHeartRate <= restingHeartRate || restingHeartRate <= 0)
        {
            return null;
        }

        var intensity = Math.Max(0, averageHeartRate - restingHeartRate) / (lactateThresholdHeartRate - restingHeartRate);
        return durationSeconds / 3600 * intensity * intensity * 100;
    }
}
