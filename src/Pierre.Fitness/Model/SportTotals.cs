namespace Pierre.Fitness.Model;

/// <summary>Totals of one sport over a period.</summary>
public sealed record SportTotals(Sport Sport, int Count, double DistanceMeters, double DurationSeconds, double ElevationGainMeters)
{
    /// <summary>Sums <paramref name="activities"/> per sport, in the order of the enum.</summary>
    public static IReadOnlyList<SportTotals> Of(IEnumerable<Activity> activities) =>
        [.. activities
            .GroupBy(a => a.Sport)
            .OrderBy(g => g.Key)
            .Select(g => new SportTotals(
                g.Key,
                g.Count(),
                g.Sum(a => Math.Max(0, a.DistanceMeters)),
                g.Sum(a => Math.Max(0, a.DurationSeconds)),
                g.Sum(a => Math.Max(0, a.ElevationGainMeters))))];
}
