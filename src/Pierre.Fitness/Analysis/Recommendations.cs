using Pierre.Fitness.Configuration;
using Pierre.Fitness.Load;

namespace Pierre.Fitness.Analysis;

public enum Priority
{
    High,
    Medium,
    Low,
}

/// <summary>One piece of advice: what it is about, how urgent, why (with the numbers) and what to do.</summary>
public sealed record Recommendation(string Category, Priority Priority, string Reason, string Action);

/// <summary>
/// Today's performance-management numbers as the training-load report gives them, and yesterday's CTL and ATL, whose
/// difference is today's TSB (<see cref="DailyLoad.Form"/>); advice cites them rounded as analyze_training_load shows them.
/// </summary>
public sealed record LoadState(double Ctl, double Atl, double Tsb, double? Acwr, double PriorCtl, double PriorAtl);

/// <summary>Turns load, training patterns and trends into a short prioritised list of advice.</summary>
public static class Recommendations
{
    public const int Max = 6;

    public const string Method =
        "rule-based: TSB (yesterday's CTL − ATL, TrainingPeaks) bands, EWMA 7:28 ACWR (Williams et al. 2017; bands are team-sport associations), hard share against Seiler's ~80/20, weekly volume against the profile's cap (a convention: Buist et al. 2008 found the 10 % rule did not lower injuries), consistency, rest days, long sessions and 12-week least-squares trends; the thresholds and priorities are our conventions";

    /// <summary>
    /// Form (TSB bands of <see cref="LoadStatus.Form"/>), the acute:chronic ratio (EWMA 7:28, Williams et al. 2017), intensity balance
    /// (Seiler's 80/20), consistency, rest days, volume spikes (the profile's limit, a convention: <see cref="TrainingProfiles.VolumeGrowthBasis"/>), long sessions and
    /// significant trends; the form item is always kept, the rest fill up to six by priority. Always three or more.
    /// </summary>
    public static IReadOnlyList<Recommendation> Build(LoadState load, TrainingPatterns patterns, IReadOnlyList<SportTrend> trends, TrainingProfile profile)
    {
        var form = Form(load, profile);
        var others = new List<Recommendation?>
        {
            AcuteChronic(load, profile),
            Intensity(patterns.Intensity, profile),
            Consistency(patterns),
            RestDays(patterns.Consistency, profile),
            Volume(patterns, profile),
            LongSession(patterns),
        };
        others.AddRange(trends.Where(t => t.Direction != "flat").Select(Trend));
        return [.. others.OfType<Recommendation>().OrderBy(r => r.Priority).Take(Max - 1).Prepend(form).OrderBy(r => r.Priority)];
    }

    private static Recommendation Form(LoadState load, TrainingProfile profile)
    {
        var reason = $"TSB {Math.Round(load.Tsb, 1):+0.0;-0.0} (yesterday's CTL {Math.Round(load.PriorCtl, 1):0.0} − ATL {Math.Round(load.PriorAtl, 1):0.0}): {LoadStatus.Form(load.Tsb)}.";
        return load.Tsb switch
        {
            > 25 => new("load", Priority.Medium, reason, $"Fitness is fading: add sessions back, growing volume by at most {profile.MaxWeeklyVolumeIncrease:P0} a week."),
            > 5 => new("load", Priority.Low, reason, "A good moment for a race or a hard key workout."),
            > -10 => new("load", Priority.Low, reason, "Steady: a key session or a small volume step is fine this week."),
            > -30 => new("load", Priority.Low, reason, "Productive training: keep the plan, with a lighter week every third or fourth week."),
            _ => new("recovery", Priority.High, reason, "Take two or three easy or rest days and hold volume until TSB is back above −30."),
        };
    }

    private static Recommendation? AcuteChronic(LoadState load, TrainingProfile profile)
    {
        if (load.Acwr is not { } ratio)
        {
            return null;
        }

        var reason = $"Acute:chronic ratio {Math.Round(ratio, 2):0.00}: {LoadStatus.AcuteChronic(ratio)} ({TrainingLoad.AcwrMethod}; {LoadStatus.AcuteChronicBands}).";
        return ratio switch
        {
            > 1.5 => new("load", Priority.High, reason, "Cut this week's volume by about a third and drop intensity until the ratio is under 1.3."),
            > 1.3 => new("load", Priority.Medium, reason, "Hold this week's volume at last week's and add no new intensity."),
            < 0.8 => new("load", Priority.Medium, reason, $"Build back gradually: at most {profile.MaxWeeklyVolumeIncrease:P0} more volume a week."),
            _ => null,
        };
    }

    private static Recommendation Intensity(IntensityBalance balance, TrainingProfile profile)
    {
        if (balance.HardShare is not { } share)
        {
            return new("intensity", Priority.Low, "No session in the window has heart rate or power to rate its intensity.", "Record heart rate or power so intensity can be balanced.");
        }

        var reason = $"{balance.HardSessions} of {balance.RatedSessions} rated sessions ({share:P0}) were at threshold or harder; the {profile.Name} profile aims for {balance.TargetShare:P0} (Seiler's 80/20).";
        return balance.Status switch
        {
            "too much intensity" => new("intensity", Priority.Medium, reason, "Turn one hard session a week into an easy one, so most training stays below threshold."),
            "little intensity" => new("intensity", Priority.Low, reason, "Add one threshold or interval session a week."),
            _ => new("intensity", Priority.Low, reason, "Keep this balance of easy and hard sessions."),
        };
    }

    private static Recommendation Consistency(TrainingPatterns patterns)
    {
        var c = patterns.Consistency;
        var reason = $"{c.ShareOfWeeksWithThreeSessions:P0} of the last {patterns.Weeks.Count} weeks had three or more sessions ({c.SessionsPerWeek:0.0} a week); longest break {c.LongestGapDays} days.";
        return c.ShareOfWeeksWithThreeSessions < 0.5
            ? new("consistency", Priority.Medium, reason, "Aim for three sessions a week, even short ones: regular training adapts you more than occasional big sessions.")
            : new("consistency", Priority.Low, reason, "Consistent: keep the weekly rhythm.");
    }

    private static Recommendation? RestDays(Consistency consistency, TrainingProfile profile)
    {
        var restDays = 7 - consistency.TrainingDaysPerWeek;
        return restDays < profile.MinRestDaysPerWeek
            ? new("recovery", Priority.Medium, $"{restDays:0.0} rest days a week on average; the {profile.Name} profile asks for {profile.MinRestDaysPerWeek}.", $"Keep at least {profile.MinRestDaysPerWeek} full rest day(s) every week.")
            : null;
    }

    private static Recommendation? Volume(TrainingPatterns patterns, TrainingProfile profile)
    {
        var over = patterns.VolumeSpikes.Where(s => s.OverProfileLimit).ToList();
        if (over.Count == 0)
        {
            return null;
        }

        var latest = over[^1];
        var increase = Math.Max(latest.DurationIncrease ?? 0, latest.DistanceIncrease ?? 0);
        var reason = $"{over.Count} of {patterns.Weeks.Count - 1} week-to-week changes grew volume by more than the {profile.Name} profile's cap of {profile.MaxWeeklyVolumeIncrease:P0} (a convention, not a proven injury threshold); the latest, {increase:P0}, in the week ending {latest.WeekEnding:yyyy-MM-dd}.";
        return latest.WeekEnding == patterns.To
            ? new("volume", Priority.High, reason, "Hold next week at this week's volume before adding more.")
            : new("volume", Priority.Medium, reason, $"Grow weekly volume in steps of at most {profile.MaxWeeklyVolumeIncrease:P0}; a lighter week after a build is fine.");
    }

    private static Recommendation? LongSession(TrainingPatterns patterns)
    {
        var main = patterns.LongSessions.OrderByDescending(l => l.Sessions).FirstOrDefault();
        if (main is null || main.ShareOfWeeks >= 0.5)
        {
            return null;
        }

        var sport = SessionType.SportName(main.Sport);
        var minutes = SessionType.LongSeconds(main.Sport)!.Value / 60;
        return new("endurance", Priority.Low, $"A long {sport} (≥ {minutes:0} min) in {main.WeeksWithOne} of the last {patterns.Weeks.Count} weeks.", $"Make a long {sport} a weekly habit to build aerobic endurance.");
    }

    private static Recommendation Trend(SportTrend t)
    {
        var reason = $"{SessionType.SportName(t.Sport)} {t.Metric} is {t.Direction}: {t.ChangePerWeek:+0.0;-0.0} {t.Unit} a week ({t.Count} activities, R² {t.RSquared:0.00}).";
        return t.Direction == "declining"
            ? new("progress", Priority.Medium, reason, "Check sleep, fatigue and recent load; a recovery week often turns this around.")
            : new("progress", Priority.Low, reason, "What you are doing works: keep it up.");
    }
}
