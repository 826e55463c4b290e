using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>Sessions on one weekday over the window, and whether it is a usual training day (trained on in at least half the weeks).</summary>
public sealed record DayPreference(DayOfWeek Day, int Sessions, bool Preferred);

/// <summary>The patterns of the last weeks of training.</summary>
public sealed record TrainingPatterns(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<TrainingWeek> Weeks,
    Consistency Consistency,
    IntensityBalance Intensity,
    IReadOnlyList<VolumeSpike> VolumeSpikes,
    IReadOnlyList<DayPreference> Days,
    IReadOnlyList<LongSessionPattern> LongSessions)
{
    public const string Method =
        "descriptive counts over 7-day weeks ending today; hard share against the profile's target after Seiler's ~80/20 (Seiler & Kjerland 2006); volume spikes against 10 % and the profile's weekly cap, conventions: "
        + TrainingProfiles.VolumeGrowthBasis + "; long sessions (run ≥ 90 min, ride ≥ 2.5 h) and usual days (trained on in half the weeks) are our thresholds";

    /// <summary>Consistency, intensity balance, volume spikes, weekday habits and long sessions over <paramref name="weeks"/> weeks ending <paramref name="today"/>.</summary>
    public static TrainingPatterns Detect(IReadOnlyList<Activity> activities, Athlete athlete, TrainingProfile profile, DateOnly today, int weeks)
    {
        var buckets = TrainingWeeks.Of(activities, today, Math.Max(1, weeks));
        var from = buckets[0].Start;
        var inWindow = TrainingWeeks.InWindow(activities, from, today).ToList();
        return new TrainingPatterns(
            from,
            today,
            buckets,
            TrainingWeeks.Consistency(buckets, inWindow),
            IntensityBalances.Of(inWindow, athlete, profile.HardSessionShare),
            Analysis.VolumeSpikes.Of(buckets, profile.MaxWeeklyVolumeIncrease),
            DaysOf(inWindow, buckets.Count),
            Analysis.LongSessions.Of(inWindow, buckets));
    }

    private static IReadOnlyList<DayPreference> DaysOf(IReadOnlyList<Activity> activities, int weeks) =>
        [.. Enumerable.Range(0, 7)
            .Select(i => (DayOfWeek)((i + 1) % 7))
            .Select(day =>
            {
                var sessions = activities.Where(a => TrainingWeeks.Date(a).DayOfWeek == day).ToList();
                var days = sessions.Select(TrainingWeeks.Date).Distinct().Count();
                return new DayPreference(day, sessions.Count, days > 0 && days * 2 >= weeks);
            })];
}
