using Pierre.Fitness.Model;

namespace Pierre.Fitness.Performance;

/// <summary>The best mean over one duration: its length in seconds and its value in the unit of the samples.</summary>
public sealed record BestEffort(int DurationSeconds, double Mean);

/// <summary>
/// Mean-maximal values, the points of a power (or heart-rate, or speed) duration curve (Allen &amp; Coggan, "Training and
/// Racing with a Power Meter", 2010): for N seconds, the highest mean of N consecutive 1 Hz samples.
/// </summary>
public static class BestEfforts
{
    /// <summary>The durations of <see cref="Curve"/>: 5 s, 1 min, 5 min, 20 min and 60 min.</summary>
    public static IReadOnlyList<int> StandardDurationsSeconds { get; } = [5, 60, 300, 1200, 3600];

    /// <summary>Mean-maximal value = max over t of (x[t] + … + x[t+N−1]) / N, in the samples' unit, in one O(n) pass; null when N is not positive or exceeds the series, or a sample is negative or non-finite.</summary>
    public static double? MeanMaximal(ReadOnlySpan<double> samples, int durationSeconds) =>
        durationSeconds > 0 && durationSeconds <= samples.Length && SampleChecks.AreNonNegative(samples)
            ? BestWindowMean(samples, durationSeconds)
            : null;

    /// <summary>Mean-maximal values at <see cref="StandardDurationsSeconds"/>, leaving out durations longer than the series (empty under 5 s); null when a sample is negative or non-finite.</summary>
    public static IReadOnlyList<BestEffort>? Curve(ReadOnlySpan<double> samples)
    {
        if (!SampleChecks.AreNonNegative(samples))
        {
            return null;
        }

        var curve = new List<BestEffort>(StandardDurationsSeconds.Count);
        foreach (var duration in StandardDurationsSeconds)
        {
            if (duration <= samples.Length)
            {
                curve.Add(new BestEffort(duration, BestWindowMean(samples, duration)));
            }
        }

        return curve;
    }

    private static double BestWindowMean(ReadOnlySpan<double> samples, int window)
    {
        double sum = 0;
        for (var i = 0; i < window; i++)
        {
            sum += samples[i];
        }

        var best = sum;
        for (var i = window; i < samples.Length; i++)
        {
            sum += samples[i] - samples[i - window];
            best = Math.Max(best, sum);
        }

        return best / window;
    }
}
