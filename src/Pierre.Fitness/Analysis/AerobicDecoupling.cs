namespace Pierre.Fitness.Analysis;

/// <summary>Output per heartbeat in each half of a session and how much it fell from the first half to the second (%).</summary>
public sealed record Decoupling(double FirstHalfRatio, double SecondHalfRatio, double Percent)
{
    /// <summary>Friel's threshold: more than 5 % drift means aerobic endurance is not yet adequate for this duration.</summary>
    public bool Decoupled => Percent > AerobicDecoupling.ThresholdPercent;
}

public static class AerobicDecoupling
{
    public const double ThresholdPercent = 5;

    /// <summary>
    /// Pa:HR (speed) or Pw:HR (power) decoupling = (EF₁ − EF₂) / EF₁ × 100 with EF = mean output / mean heart rate over
    /// each half of the samples by time (Friel, "The Triathlete's Training Bible"; TrainingPeaks' Pa:HR). Uses samples
    /// with a finite, non-negative output and a finite, positive heart rate; null when a half has none or EF₁ is zero.
    /// </summary>
    public static Decoupling? Of(ReadOnlySpan<double> output, ReadOnlySpan<double> heartRate)
    {
        var count = Math.Min(output.Length, heartRate.Length);
        var half = count / 2;
        if (half == 0 || Ratio(output[..half], heartRate[..half]) is not { } first || first <= 0
            || Ratio(output[half..count], heartRate[half..count]) is not { } second)
        {
            return null;
        }

        return new Decoupling(first, second, (first - second) / first * 100);
    }

    private static double? Ratio(ReadOnlySpan<double> output, ReadOnlySpan<double> heartRate)
    {
        double outputSum = 0, heartSum = 0;
        for (var i = 0; i < output.Length; i++)
        {
            if (double.IsFinite(output[i]) && output[i] >= 0 && double.IsFinite(heartRate[i]) && heartRate[i] > 0)
            {
                outputSum += output[i];
                heartSum += heartRate[i];
            }
        }

        return heartSum > 0 ? outputSum / heartSum : null;
    }
}
