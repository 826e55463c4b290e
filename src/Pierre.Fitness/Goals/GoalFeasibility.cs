using System.Globalization;
using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Goals;

/// <summary>Whether a goal can be reached by its date from the athlete's recent training within the profile's cap on progression (a convention).</summary>
public static class GoalFeasibility
{
    public const string Method =
        "heuristic: the last 4 weeks' weekly rate projected to the target date; challenging if reachable with weekly volume compounding at the profile's cap ("
        + TrainingProfiles.VolumeGrowthBasis + "); race goals by Daniels–Gilbert VDOT, gaining 1 point per 4–6 weeks (a coaching reading of Daniels, not a measured rate); confidence is a heuristic scale, not a probability";

    /// <summary>
    /// Daniels advises holding a training VDOT for about 4–6 weeks before raising it by one point ("Daniels' Running
    /// Formula"); read here as a realistic gain of one point per 6 weeks, and at most one per 4 — a coaching heuristic,
    /// not a measured rate, and generous for runners near their ceiling.
    /// </summary>
    public const double WeeksPerVdotPointRealistic = 6;

    public const double WeeksPerVdotPointFastest = 4;

    /// <summary>
    /// Feasible when the need fits the current rate, challenging when it fits the profile's capped maximum, unrealistic beyond.
    /// Confidence (a heuristic scale, not a probability) falls linearly 100 → 70 across the first band, 70 → 30 across
    /// the second, and as 30 × safe / need beyond it.
    /// </summary>
    public static (FeasibilityVerdict Verdict, int Confidence) Judge(double needed, double atCurrentRate, double atSafeRate)
    {
        double confidence;
        FeasibilityVerdict verdict;
        if (needed <= 0 || needed <= atCurrentRate)
        {
            (verdict, confidence) = (FeasibilityVerdict.Feasible, needed <= 0 ? 100 : 100 - (30 * needed / atCurrentRate));
        }
        else if (needed <= atSafeRate)
        {
            var span = atSafeRate - atCurrentRate;
            (verdict, confidence) = (FeasibilityVerdict.Challenging, span > 0 ? 70 - (40 * (needed - atCurrentRate) / span) : 30);
        }
        else
        {
            (verdict, confidence) = (FeasibilityVerdict.Unrealistic, atSafeRate > 0 ? 30 * atSafeRate / needed : 0);
        }

        return (verdict, (int)Math.Round(confidence));
    }

    /// <summary>The verdict for <paramref name="goal"/> on <paramref name="today"/>; null for a race goal without a run of 3 km or more in the last 90 days.</summary>
    public static FeasibilityReport? Assess(GoalSpec goal, IReadOnlyList<Activity> activities, TrainingProfile profile, DateOnly today)
    {
        var weeks = Math.Max(0, goal.TargetDate.DayNumber - today.DayNumber) / 7.0;
        var counted = activities.Where(goal.Counts).ToList();
        var recent = RecentTraining.Of(counted, today);
        return goal.Kind switch
        {
            GoalKind.Distance => Volume(goal, counted, recent.KilometersPerWeek, profile, today, weeks),
            GoalKind.Time => Volume(goal, counted, recent.HoursPerWeek, profile, today, weeks),
            GoalKind.Frequency => Frequency(goal, recent.SessionsPerWeek, profile, weeks),
            _ => Race(goal, counted, today, weeks),
        };
    }

    private static FeasibilityReport Volume(GoalSpec goal, List<Activity> counted, double weekly, TrainingProfile profile, DateOnly today, double weeks)
    {
        var asOf = today < goal.TargetDate ? today : goal.TargetDate;
        var done = Math.Max(0, GoalSeries.For(goal, counted)(asOf) ?? 0);
        var needed = Math.Max(0, goal.TargetValue - done);
        var growth = profile.MaxWeeklyVolumeIncrease;
        var atCurrent = weekly * weeks;
        var atSafe = SafeProgression.Capacity(weekly, growth, weeks);
        var (verdict, confidence) = Judge(needed, atCurrent, atSafe);
        var unrealistic = verdict == FeasibilityVerdict.Unrealistic;
        var alternative = unrealistic && done + atSafe > 0 ? Math.Floor((done + atSafe) * 10) / 10 : (double?)null;
        var alternativeDate = unrealistic && SafeProgression.WeeksToReach(weekly, needed, growth) is { } w ? Within(today, w * 7) : null;
        return new FeasibilityReport(
            verdict, confidence, weeks, needed, atCurrent, atSafe, weekly, weeks > 0 ? needed / weeks : null,
            SafeProgression.RequiredGrowth(weekly, needed, weeks), growth, null, null, alternative, alternativeDate,
            Invariant($"weekly volume growing by at most {growth:P0} a week, compounding ({profile.Name} profile's cap; {TrainingProfiles.VolumeGrowthBasis})"));
    }

    private static FeasibilityReport Frequency(GoalSpec goal, double weekly, TrainingProfile profile, double weeks)
    {
        var trainingDays = 7 - profile.MinRestDaysPerWeek;
        var atSafe = Math.Max(weekly, Math.Min(weekly + 1, trainingDays));
        var (verdict, confidence) = Judge(goal.TargetValue, weekly, atSafe);
        var alternative = verdict == FeasibilityVerdict.Unrealistic && Math.Floor(atSafe) >= 1 ? Math.Floor(atSafe) : (double?)null;
        return new FeasibilityReport(
            verdict, confidence, weeks, goal.TargetValue, weekly, atSafe, weekly, goal.TargetValue, null, null, null, null, alternative, null,
            Invariant($"at most one more session a week than the last 4 weeks' average, on at most {trainingDays} days a week (the {profile.Name} profile's rest days); a coaching heuristic"));
    }

    private static FeasibilityReport? Race(GoalSpec goal, List<Activity> runs, DateOnly today, double weeks)
    {
        var bestVdot = GoalSeries.For(goal, runs);
        if (bestVdot(today) is not { } current)
        {
            return null;
        }

        var distance = goal.RaceDistanceMeters ?? 0;
        var target = GoalTracking.TargetValueOf(goal);
        var needed = target - current;
        var atCurrent = weeks / WeeksPerVdotPointRealistic;
        var atSafe = weeks / WeeksPerVdotPointFastest;
        var (verdict, confidence) = Judge(needed, atCurrent, atSafe);
        var unrealistic = verdict == FeasibilityVerdict.Unrealistic;
        var alternative = unrealistic && Vdot.PredictSeconds(current + atSafe, distance) is { } seconds ? Math.Ceiling(seconds) : (double?)null;
        var recentRate = bestVdot(today.AddDays(-RecentTraining.Days)) is { } then ? (current - then) / (RecentTraining.Days / 7.0) : (double?)null;
        return new FeasibilityReport(
            verdict, confidence, weeks, Math.Max(0, needed), atCurrent, atSafe, recentRate, weeks > 0 ? Math.Max(0, needed) / weeks : null,
            null, 1 / WeeksPerVdotPointFastest, current, target, alternative,
            unrealistic ? Within(today, needed * WeeksPerVdotPointFastest * 7) : null,
            "VDOT (Daniels–Gilbert) of the best run of 3 km or more in the last 90 days, gaining about 1 point per 4–6 weeks (Daniels' guidance for raising training VDOT; a heuristic)");
    }

    private static DateOnly? Within(DateOnly today, double days) =>
        days is >= 0 and <= GoalSpec.MaxDaysAhead ? today.AddDays(Math.Max(1, (int)Math.Ceiling(days))) : null;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
