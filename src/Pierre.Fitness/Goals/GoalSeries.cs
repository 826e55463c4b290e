using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Goals;

/// <summary>
/// A goal's value as a function of the date, from the athlete's activities (UTC calendar days). Volume goals count
/// from the start date, so the value is 0 the day before it and negative earlier: differences between two days are the
/// volume in between, which is what rates need.
/// </summary>
public static class GoalSeries
{
    public const int VdotWindowDays = 90;
    public const double MinVdotRunMeters = 3000;

    /// <summary>km or hours since the start, whole weeks on target since the start, or the best VDOT of the last 90 days (races).</summary>
    public static Func<DateOnly, double?> For(GoalSpec goal, IEnumerable<Activity> activities)
    {
        var counted = activities.Where(goal.Counts).ToList();
        return goal.Kind switch
        {
            GoalKind.Distance => Cumulative(counted.Select(a => (DateOf(a), a.DistanceMeters / 1000)), goal.StartDate),
            GoalKind.Time => Cumulative(counted.Select(a => (DateOf(a), a.DurationSeconds / 3600)), goal.StartDate),
            GoalKind.Frequency => Cumulative(WeeksOnTarget(counted.Select(DateOf), goal), goal.StartDate),
            _ => BestVdot(counted.Select(a => (DateOf(a), a.DistanceMeters, a.DurationSeconds))),
        };
    }

    /// <summary>V(d) = Σ amounts dated ≤ d − Σ amounts dated before <paramref name="start"/>: a running total counted from the start.</summary>
    public static Func<DateOnly, double?> Cumulative(IEnumerable<(DateOnly Date, double Amount)> amounts, DateOnly start)
    {
        var days = amounts.Where(a => double.IsFinite(a.Amount)).OrderBy(a => a.Date).ToList();
        var dayNumbers = days.Select(a => a.Date.DayNumber).ToArray();
        var totals = new double[days.Count + 1];
        for (var i = 0; i < days.Count; i++)
        {
            totals[i + 1] = totals[i] + days[i].Amount;
        }

        double Through(int dayNumber)
        {
            // Upper bound: the first index dated after dayNumber is how many amounts the total includes.
            int low = 0, high = dayNumbers.Length;
            while (low < high)
            {
                var mid = (low + high) / 2;
                (low, high) = dayNumbers[mid] <= dayNumber ? (mid + 1, high) : (low, mid);
            }

            return totals[low];
        }

        var before = Through(start.DayNumber - 1);
        return date => Through(date.DayNumber) - before;
    }

    /// <summary>
    /// One (day, 1) per 7-day block, anchored at the start date, on the day its sessions reach the weekly target; blocks
    /// before the start count (for rates), blocks past the goal's last whole week do not.
    /// </summary>
    public static IEnumerable<(DateOnly Date, double Amount)> WeeksOnTarget(IEnumerable<DateOnly> sessions, GoalSpec goal)
    {
        var needed = (int)Math.Ceiling(goal.TargetValue);
        return sessions
            .GroupBy(d => (int)Math.Floor((d.DayNumber - goal.StartDate.DayNumber) / 7.0))
            .Where(block => block.Key < goal.Weeks && block.Count() >= needed && needed > 0)
            .Select(block => (block.Order().ElementAt(needed - 1), 1.0));
    }

    /// <summary>Daniels–Gilbert VDOT of the best run of at least 3 km in the 90 days ending on the date; null when there is none.</summary>
    public static Func<DateOnly, double?> BestVdot(IEnumerable<(DateOnly Date, double Meters, double Seconds)> runs)
    {
        var scored = runs
            .Where(r => r.Meters >= MinVdotRunMeters)
            .Select(r => (r.Date, Vdot: Vdot.FromRace(r.Meters, r.Seconds)))
            .Where(r => r.Vdot is not null)
            .Select(r => (r.Date, Vdot: r.Vdot!.Value))
            .ToList();
        return date =>
        {
            var from = date.AddDays(-(VdotWindowDays - 1));
            var window = scored.Where(r => r.Date >= from && r.Date <= date).ToList();
            return window.Count == 0 ? null : window.Max(r => r.Vdot);
        };
    }

    public static DateOnly DateOf(Activity activity) => DateOnly.FromDateTime(activity.StartTime.UtcDateTime);
}
