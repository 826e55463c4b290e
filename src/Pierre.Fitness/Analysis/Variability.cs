namespace Pierre.Fitness.Analysis;

public static class Variability
{
    /// <summary>Coefficient of variation CV = σ / μ (population standard deviation over the mean) of the finite samples; null with fewer than two or a mean ≤ 0.</summary>
    public static double? CoefficientOfVariation(ReadOnlySpan<double> samples)
    {
        double sum = 0, sumSquares = 0;
        var count = 0;
        foreach (var sample in samples)
        {
            if (double.IsFinite(sample))
            {
                sum += sample;
                sumSquares += sample * sample;
                count++;
            }
        }

        if (count < 2 || sum <= 0)
        {
            return null;
        }

        var mean = sum / count;
        return Math.Sqrt(Math.Max(0, (sumSquares / count) - (mean * mean))) / mean;
    }

    /// <summary>Variability Index VI = NP / average power (Allen &amp; Coggan 2010): 1.00 is perfectly steady, above ~1.05 a variable ride. Null unless both are positive.</summary>
    public static double? VariabilityIndex(double normalizedPowerWatts, double averagePowerWatts) =>
        normalizedPowerWatts > 0 && averagePowerWatts > 0 && double.IsFinite(normalizedPowerWatts / averagePowerWatts)
            ? normalizedPowerWatts / averagePowerWatts
            : null;
}
