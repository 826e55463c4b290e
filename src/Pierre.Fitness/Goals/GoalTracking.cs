using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Goals;

/// <summary>
/// Progress of a goal against a straight line from its baseline on the start date to its target on the target date,
/// with milestones, pace and a projection from the recent rate. Days are UTC calendar days; the start and target
/// days both count.
/// </summary>
public static class GoalTracking
{
    public const int RateWindowDays = 28;

    public const string Method =
        "linear path from the baseline on the start date to the target on the target date, on track within ±5 % of the goal; projection at the last 28 days' rate; race goals as the VDOT (Daniels–Gilbert) of the best run of the last 90 days against the target's";

    /// <summary>Within ± this share of the whole goal of the linear path counts as on track.</summary>
    public const double OnTrackBand = 0.05;

    public static readonly IReadOnlyList<int> MilestonePercents = [25, 50, 75, 100];

    /// <summary>The goal's target in its value units: km, h, whole weeks on target, or the VDOT of the race time (Daniels–Gilbert).</summary>
    public static double TargetValueOf(GoalSpec goal) => goal.Kind switch
    {
        GoalKind.Frequency => goal.Weeks,
        GoalKind.Race => Vdot.FromRace(goal.RaceDistanceMeters ?? 0, goal.TargetValue)
                         ?? throw new ArgumentException("the race distance and time are outside the VDOT model", nameof(goal)),
        _ => goal.TargetValue,
    };

    public static GoalTrack Track(GoalSpec goal, IEnumerable<Activity> activities, DateOnly today) =>
        Track(goal.StartDate, goal.TargetDate, TargetValueOf(goal), GoalSeries.For(goal, activities), today);

    /// <summary>
    /// Percent = 100 (current − baseline) / (target − baseline), at least 0; expected = baseline + f (target − baseline)
    /// with f = days elapsed / days in the span; rate = (V(today) − V(today − 28)) / 4 a week; projected = current + rate ×
    /// weeks left. Milestone p is the first day V ≥ baseline + p (target − baseline). The baseline is V the day before
    /// the start, or the first value on or after it when there is none then (a race goal's first run).
    /// </summary>
    public static GoalTrack Track(DateOnly start, DateOnly targetDate, double target, Func<DateOnly, double?> valueOn, DateOnly today)
    {
        var asOf = today < targetDate ? today : targetDate;
        var spanDays = Math.Max(1, targetDate.DayNumber - start.DayNumber + 1);
        var daysElapsed = Math.Clamp(asOf.DayNumber - start.DayNumber + 1, 0, spanDays);
        var daysLeft = Math.Max(0, targetDate.DayNumber - today.DayNumber);
        var baseline = valueOn(start.AddDays(-1)) ?? FirstValue(start, asOf, valueOn);
        if (baseline is not { } b || valueOn(asOf) is not { } current)
        {
            return new GoalTrack(baseline, target, null, 0, null, null, null, [], GoalPace.NoData, null, daysElapsed, daysLeft);
        }

        var gap = target - b;
        var milestones = Milestones(start, asOf, b, target, valueOn);
        var achievedOn = milestones[^1].ReachedOn;
        var expected = b + (gap * daysElapsed / spanDays);
        var percent = gap > 0 ? Math.Max(0, 100 * (current - b) / gap) : 100;
        var ratePerWeek = valueOn(today) is { } now && valueOn(today.AddDays(-RateWindowDays)) is { } then
            ? (now - then) / (RateWindowDays / 7.0)
            : (double?)null;
        var projected = current + (ratePerWeek * daysLeft / 7.0);
        var pace = achievedOn is not null ? GoalPace.Achieved
            : today > targetDate ? GoalPace.Missed
            : current - expected > OnTrackBand * gap ? GoalPace.Ahead
            : expected - current > OnTrackBand * gap ? GoalPace.Behind
            : GoalPace.OnTrack;
        return new GoalTrack(b, target, current, percent, expected, ratePerWeek, projected, milestones, pace, achievedOn, daysElapsed, daysLeft);
    }

    private static double? FirstValue(DateOnly from, DateOnly to, Func<DateOnly, double?> valueOn)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (valueOn(day) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static List<Milestone> Milestones(DateOnly start, DateOnly asOf, double baseline, double target, Func<DateOnly, double?> valueOn)
    {
        var thresholds = MilestonePercents.Select(p => p == 100 ? target : baseline + ((target - baseline) * p / 100.0)).ToArray();
        var reached = new DateOnly?[thresholds.Length];
        var next = 0;
        for (var day = start; day <= asOf && next < thresholds.Length; day = day.AddDays(1))
        {
            while (next < thresholds.Length && valueOn(day) is { } value && value >= thresholds[next])
            {
                reached[next++] = day;
            }
        }

        return [.. MilestonePercents.Select((p, i) => new Milestone(p, thresholds[i], reached[i]))];
    }
}
