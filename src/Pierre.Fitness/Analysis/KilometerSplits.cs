using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>One split: its number, distance (m; 1000 except a shorter last one), time (s), pace (s/km) and mean heart rate (bpm).</summary>
public sealed record Split(int Number, double DistanceMeters, double DurationSeconds, double PaceSecondsPerKm, double? AverageHeartRate);

public static class KilometerSplits
{
    private const double SplitMeters = 1000;

    /// <summary>
    /// Splits at each whole kilometre from where the distance stream starts, the crossing time interpolated linearly
    /// between samples; the remainder is a last, shorter split. Samples with a non-finite, backward or repeated
    /// distance or time are skipped, so a recording gap is bridged by interpolation.
    /// </summary>
    public static IReadOnlyList<Split> Of(ActivityStreams streams)
    {
        var time = streams.TimeSeconds;
        var distance = streams.DistanceMeters;
        var count = Math.Min(time.Length, distance.Length);
        var first = Array.FindIndex(distance, 0, count, double.IsFinite);
        if (first < 0)
        {
            return [];
        }

        var splits = new List<Split>();
        double splitStart = time[first], previousTime = time[first], previousDistance = distance[first];
        var boundary = previousDistance + SplitMeters;
        var heart = new MeanAccumulator();
        for (var i = first + 1; i < count; i++)
        {
            var meters = distance[i];
            if (!double.IsFinite(meters) || meters < previousDistance || time[i] <= previousTime)
            {
                continue;
            }

            if (streams.HeartRate is { } hr && i < hr.Length)
            {
                heart.AddPositive(hr[i]);
            }

            while (meters >= boundary && meters > previousDistance)
            {
                var crossing = previousTime + ((boundary - previousDistance) / (meters - previousDistance) * (time[i] - previousTime));
                splits.Add(Make(splits.Count + 1, SplitMeters, crossing - splitStart, heart.Mean));
                heart = new MeanAccumulator();
                splitStart = crossing;
                boundary += SplitMeters;
            }

            previousTime = time[i];
            previousDistance = meters;
        }

        var remainder = previousDistance - (boundary - SplitMeters);
        if (remainder > 0 && previousTime > splitStart)
        {
            splits.Add(Make(splits.Count + 1, remainder, previousTime - splitStart, heart.Mean));
        }

        return splits;
    }

    private static Split Make(int number, double meters, double seconds, double? heartRate) =>
        new(number, meters, seconds, seconds / meters * SplitMeters, heartRate);
}
