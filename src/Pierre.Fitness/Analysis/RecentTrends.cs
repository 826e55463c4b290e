using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Analysis;

/// <summary>The fitted trend of one sport's main metric: change per week, fit, and whether that is improving, declining or flat.</summary>
public sealed record SportTrend(Sport Sport, string Metric, string Unit, double ChangePerWeek, double RSquared, int Count, string Direction);

public static class RecentTrends
{
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

    /// <summary>improving, declining or flat: flat unless the slope is significant; better is down when lower is better.</summary>
    public static string Direction(TrendLine line, bool lowerIsBetter) =>
        !line.Significant ? "flat" : (line.Slope < 0) == lowerIsBetter ? "improving" : "declining";
}
