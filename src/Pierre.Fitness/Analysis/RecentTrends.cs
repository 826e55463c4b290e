using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Analysis;

/// <summary>The fitted trend of one sport's main metric: change per week, fit, and whether that is improving, declining or flat.</summary>
public sealed record SportTrend(Sport Sport, string Metric, string Unit, double ChangePerWeek, double RSquared, int Count, string Direction);

public static class RecentTrends
{
    /// <summary>Heart rate is compared over sessions within ±5 % of the window's median pace (runs, swims) or average power (rides).</summary>
    public const double EffortBand = 0.05;

    public const string Method = "least-squares line against weeks, slope tested with a two-sided t-test at 5 % (n − 2 df); flat unless significant";

    public const string HeartRateMethod =
        "least-squares line of average heart rate against weeks over the sessions within ±5 % of the window's median pace (runs, swims) or average power (rides), a similar-effort band of our own; slope t-tested at 5 %. Terrain, heat and fatigue are not controlled";

    private static readonly (Sport Sport, string Metric, string Unit, Func<Activity, double?> Value, bool LowerIsBetter)[] Metrics =
    [
        (Sport.Run, "pace", "s/km", a => a.PaceSecondsPerKilometer, true),
        (Sport.Ride, "power", "W", a => a.AveragePowerWatts, false),
        (Sport.Swim, "pace", "s/km", a => a.PaceSecondsPerKilometer, true),
    ];

    /// <summary>
    /// Least-squares trends (<see cref="LinearTrend"/>, t-test at 5 %) of run pace, ride power and swim pace against
    /// weeks before <paramref name="now"/> over the last <paramref name="weeks"/> weeks; sports with fewer than three
    /// values are left out. Direction is flat unless significant.
    /// </summary>
    public static IReadOnlyList<SportTrend> Of(IReadOnlyList<Activity> activities, DateTimeOffset now, int weeks)
    {
        var trends = new List<SportTrend>();
        foreach (var (sport, metric, unit, value, lowerIsBetter) in Metrics)
        {
            if (Fit(activities, sport, value, now, weeks) is { } line && double.IsFinite(line.Slope) && double.IsFinite(line.RSquared))
            {
                trends.Add(new SportTrend(sport, metric, unit, line.Slope, line.RSquared, line.Count, Direction(line, lowerIsBetter)));
            }
        }

        return trends;
    }

    /// <summary>Least-squares line of <paramref name="value"/> (per activity of <paramref name="sport"/>) against weeks before <paramref name="now"/>; null under three values.</summary>
    public static TrendLine? Fit(IEnumerable<Activity> activities, Sport sport, Func<Activity, double?> value, DateTimeOffset now, int weeks) =>
        LinearTrend.Fit([.. activities
            .Where(a => a.Sport == sport && a.StartTime >= now.AddDays(-7 * weeks) && value(a) is not null)
            .Select(a => ((a.StartTime - now).TotalDays / 7, value(a)!.Value))]);

    /// <summary>
    /// Least-squares line of average heart rate against weeks over the activities of <paramref name="sport"/> whose pace
    /// (runs, swims) or average power (rides) is within <see cref="EffortBand"/> of the window's median; null under three.
    /// </summary>
    public static TrendLine? FitHeartRateAtSimilarEffort(IEnumerable<Activity> activities, Sport sport, DateTimeOffset now, int weeks)
    {
        Func<Activity, double?> effort = sport == Sport.Ride ? a => a.AveragePowerWatts : a => a.PaceSecondsPerKilometer;
        var rated = activities
            .Where(a => a.Sport == sport && a.StartTime >= now.AddDays(-7 * weeks) && a.AverageHeartRate > 0 && effort(a) > 0)
            .ToList();
        if (rated.Count < 3)
        {
            return null;
        }

        var median = Median([.. rated.Select(a => effort(a)!.Value)]);
        return Fit(rated.Where(a => Math.Abs(effort(a)!.Value - median) <= EffortBand * median), sport, a => a.AverageHeartRate, now, weeks);
    }

    /// <summary>improving, declining or flat: flat unless the slope is significant; better is down when lower is better.</summary>
    public static string Direction(TrendLine line, bool lowerIsBetter) =>
        !line.Significant ? "flat" : (line.Slope < 0) == lowerIsBetter ? "improving" : "declining";

    private static double Median(double[] values)
    {
        Array.Sort(values);
        var middle = values.Length / 2;
        return values.Length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
