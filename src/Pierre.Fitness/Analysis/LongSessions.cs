using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>How regular the long sessions of one sport are: how many, in how many weeks, and on which day they usually fall.</summary>
public sealed record LongSessionPattern(Sport Sport, int Sessions, int WeeksWithOne, double ShareOfWeeks, DayOfWeek? UsualDay);

public static class LongSessions
{
    /// <summary>For runs and rides done in the window: long sessions (<see cref="SessionType.LongSeconds"/>), the share of weeks with one, and their most common weekday.</summary>
    public static IReadOnlyList<LongSessionPattern> Of(IEnumerable<Activity> activities, IReadOnlyList<TrainingWeek> weeks)
    {
        if (weeks.Count == 0)
        {
            return [];
        }

        var from = weeks[0].Start;
        var inWindow = TrainingWeeks.InWindow(activities, from, weeks[^1].End).ToList();
        return [.. new[] { Sport.Run, Sport.Ride }
            .Where(sport => inWindow.Any(a => a.Sport == sport))
            .Select(sport =>
            {
                var longOnes = inWindow.Where(a => a.Sport == sport && SessionType.IsLong(a)).ToList();
                var weeksWithOne = longOnes.Select(a => TrainingWeeks.WeekIndex(TrainingWeeks.Date(a), from)).Distinct().Count();
                DayOfWeek? usual = longOnes.Count == 0 ? null
                    : longOnes.GroupBy(a => TrainingWeeks.Date(a).DayOfWeek).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
                return new LongSessionPattern(sport, longOnes.Count, weeksWithOne, weeksWithOne / (double)weeks.Count, usual);
            })];
    }
}
