using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>Whether an activity is the fastest of its sport within ±20 % of its distance, and the fastest other one there.</summary>
public sealed record PersonalBest(bool IsPersonalBest, double BandLowMeters, double BandHighMeters, Activity? FastestOther);

/// <summary>Finds the activities one activity is fairly compared with: same sport, distance within ±20 %.</summary>
public static class ActivityPeers
{
    public const double DistanceTolerance = 0.20;

    /// <summary>The distance band (m) around <paramref name="distanceMeters"/>: ±20 %.</summary>
    public static (double Low, double High) Band(double distanceMeters) =>
        (distanceMeters * (1 - DistanceTolerance), distanceMeters * (1 + DistanceTolerance));

    /// <summary>Whether <paramref name="candidate"/> is another activity of the same sport with a distance in <paramref name="subject"/>'s band.</summary>
    public static bool InBand(Activity candidate, Activity subject)
    {
        var (low, high) = Band(subject.DistanceMeters);
        return candidate.Id != subject.Id && candidate.Sport == subject.Sport && subject.DistanceMeters > 0
            && candidate.DistanceMeters >= low && candidate.DistanceMeters <= high;
    }

    /// <summary>The other activities in <paramref name="subject"/>'s band that started at or after <paramref name="since"/>.</summary>
    public static IReadOnlyList<Activity> Similar(IEnumerable<Activity> history, Activity subject, DateTimeOffset since) =>
        [.. history.Where(a => a.StartTime >= since && InBand(a, subject))];

    /// <summary>Personal best by average speed among every activity in the band; a tie with the fastest other counts as a best.</summary>
    public static PersonalBest Best(IEnumerable<Activity> history, Activity subject)
    {
        var (low, high) = Band(subject.DistanceMeters);
        var fastest = history.Where(a => InBand(a, subject) && a.AverageSpeedMetersPerSecond is not null)
            .MaxBy(a => a.AverageSpeedMetersPerSecond);
        var isBest = subject.AverageSpeedMetersPerSecond is { } speed && (fastest is null || speed >= fastest.AverageSpeedMetersPerSecond);
        return new PersonalBest(isBest, low, high, fastest);
    }
}
