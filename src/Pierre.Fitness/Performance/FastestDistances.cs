namespace Pierre.Fitness.Performance;

/// <summary>Best efforts by distance: the shortest time a recording took to cover a given distance anywhere within it.</summary>
public static class FastestDistances
{
    /// <summary>The half marathon (m), as World Athletics measures it.</summary>
    public const double HalfMarathonMeters = 21_097.5;

    /// <summary>400 m, 1 km, 5 km, 10 km and the half marathon.</summary>
    public static IReadOnlyList<double> StandardDistancesMeters { get; } = [400, 1000, 5000, 10_000, HalfMarathonMeters];

    /// <summary>
    /// Fastest time (s) over D metres = min over samples j of t[j] − t(d[j] − D), with t(·) the time at a distance
    /// interpolated linearly between samples, in one O(n) pass; null when D is not positive or the recording covers less.
    /// Samples with a non-finite or backward distance, or a time not after the previous one, are skipped (as in
    /// <c>KilometerSplits</c>), so a recording gap is bridged by interpolation.
    /// </summary>
    public static double? FastestSeconds(ReadOnlySpan<int> timeSeconds, ReadOnlySpan<double> distanceMeters, double meters)
    {
        if (!(meters > 0))
        {
            return null;
        }

        var (time, distance) = Usable(timeSeconds, distanceMeters);
        double? best = null;
        var start = 0;
        for (var end = 1; end < distance.Count; end++)
        {
            var from = distance[end] - meters;
            if (from < distance[0])
            {
                continue;
            }

            while (distance[start + 1] <= from)
            {
                start++;
            }

            // distance[start] <= from < distance[start + 1], so the span is positive.
            var fraction = (from - distance[start]) / (distance[start + 1] - distance[start]);
            var seconds = time[end] - (time[start] + (fraction * (time[start + 1] - time[start])));
            best = best is { } b ? Math.Min(b, seconds) : seconds;
        }

        return best;
    }

    private static (List<double> Time, List<double> Distance) Usable(ReadOnlySpan<int> timeSeconds, ReadOnlySpan<double> distanceMeters)
    {
        var count = Math.Min(timeSeconds.Length, distanceMeters.Length);
        List<double> time = new(count), distance = new(count);
        for (var i = 0; i < count; i++)
        {
            var meters = distanceMeters[i];
            if (double.IsFinite(meters) && (time.Count == 0 || (meters >= distance[^1] && timeSeconds[i] > time[^1])))
            {
                time.Add(timeSeconds[i]);
                distance.Add(meters);
            }
        }

        return (time, distance);
    }
}
