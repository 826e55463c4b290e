using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>One 7-day week: its first and last day, sessions, distinct training days and volume.</summary>
public sealed record TrainingWeek(DateOnly Start, DateOnly End, int Sessions, int TrainingDays, double DurationSeconds, double DistanceMeters);

/// <summary>How regularly the athlete trains: sessions and training days per week, weeks with three or more sessions, the longest break.</summary>
public sealed record Consistency(double SessionsPerWeek, double TrainingDaysPerWeek, double ShareOfWeeksWithThreeSessions, int LongestGapDays);

public static class TrainingWeeks
{
    public const int SessionsForAConsistentWeek = 3;

    /// <summary>
    /// <paramref name="weeks"/> consecutive 7-day weeks ending on <paramref name="today"/>, oldest first; an activity
    /// belongs to the week of its UTC start date, and only finite, positive duration and distance count as volume.
    /// </summary>
    public static IReadOnlyList<TrainingWeek> Of(IEnumerable<Activity> activities, DateOnly today, int weeks)
    {
        if (weeks < 1)
        {
            return [];
        }

        var from = today.AddDays(-(7 * weeks) + 1);
        var byWeek = InWindow(activities, from, today).ToLookup(a => WeekIndex(Date(a), from));
        return [.. Enumerable.Range(0, weeks).Select(w => new TrainingWeek(
            from.AddDays(7 * w),
            from.AddDays((7 * w) + 6),
            byWeek[w].Count(),
            byWeek[w].Select(Date).Distinct().Count(),
            byWeek[w].Sum(a => Volume(a.DurationSeconds)),
            byWeek[w].Sum(a => Volume(a.DistanceMeters))))];
    }

    /// <summary>Means per week, the share of weeks with at least three sessions, and the longest run of days without a session (window edges included).</summary>
    public static Consistency Consistency(IReadOnlyList<TrainingWeek> weeks, IEnumerable<Activity> activities)
    {
        if (weeks.Count == 0)
        {
            return new Consistency(0, 0, 0, 0);
        }

        var trained = InWindow(activities, weeks[0].Start, weeks[^1].End).Select(Date).ToHashSet();
        int longest = 0, current = 0;
        for (var day = weeks[0].Start; day <= weeks[^1].End; day = day.AddDays(1))
        {
            current = trained.Contains(day) ? 0 : current + 1;
            longest = Math.Max(longest, current);
        }

        return new Consistency(
            weeks.Average(w => w.Sessions),
            weeks.Average(w => w.TrainingDays),
            weeks.Count(w => w.Sessions >= SessionsForAConsistentWeek) / (double)weeks.Count,
            longest);
    }

    public static DateOnly Date(Activity activity) => DateOnly.FromDateTime(activity.StartTime.UtcDateTime);

    public static int WeekIndex(DateOnly date, DateOnly from) => (date.DayNumber - from.DayNumber) / 7;

    public static IEnumerable<Activity> InWindow(IEnumerable<Activity> activities, DateOnly from, DateOnly to) =>
        activities.Where(a => Date(a) >= from && Date(a) <= to);

    private static double Volume(double value) => double.IsFinite(value) && value > 0 ? value : 0;
}
