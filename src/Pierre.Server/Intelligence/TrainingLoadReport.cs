using Pierre.Fitness.Load;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Connections;

namespace Pierre.Server.Intelligence;

/// <summary>
/// Today's performance-management numbers for one athlete, computed once and shared by every tool that needs them;
/// <see cref="FirstActivity"/> is the day of the oldest activity read (null when none was). <see cref="Sessions"/> holds
/// each activity's score and method, newest first; <see cref="Context"/> the athlete whose thresholds scored them.
/// </summary>
internal sealed record TrainingLoadToday(
    DailyLoad Today,
    IReadOnlyList<DailyLoad> Series,
    IReadOnlyDictionary<StressMethod, int> Methods,
    DateOnly? FirstActivity,
    IReadOnlyList<ScoredSession> Sessions,
    AthleteContext Context);

/// <summary>One activity's stress and how it was scored.</summary>
internal sealed record ScoredSession(Activity Activity, double Stress, StressMethod Method);

internal sealed class TrainingLoadReport(ActivitySource source, ThresholdFinder thresholds, TimeProvider clock)
{
    /// <summary>
    /// Days of activities read: the 42-day CTL keeps e^(−180/42) ≈ 1.4 % of what it was before the window, so older
    /// history would not change the figures shown, and the window costs one read a day instead of the whole history.
    /// </summary>
    public const int WindowDays = 180;

    /// <summary>Scores every activity of the window with the sport's own thresholds, estimated where nobody set them.</summary>
    public async Task<TrainingLoadToday> ComputeAsync(AthleteContext context, ProviderAccount account, CancellationToken ct)
    {
        var completed = await thresholds.CompleteAsync(context, account, ct).ConfigureAwait(false);
        var athlete = completed.Athlete;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var scored = (await source.WindowAsync(context.Provider, account, since, ct).ConfigureAwait(false))
            .Select(a => (Activity: a, Score: ActivityStress.Score(a, athlete)))
            .Select(s => new ScoredSession(s.Activity, s.Score.Stress, s.Score.Method))
            .OrderByDescending(s => s.Activity.StartTime)
            .ToList();
        var dates = scored.Select(s => (Date: DateOnly.FromDateTime(s.Activity.StartTime.UtcDateTime), s.Stress)).ToList();
        var from = dates.Count == 0 ? today : dates.Min(s => s.Date);
        var series = TrainingLoad.Series(dates, from, today);
        var methods = scored.GroupBy(s => s.Method).ToDictionary(g => g.Key, g => g.Count());
        return new TrainingLoadToday(series[^1], series, methods, dates.Count == 0 ? null : from, scored, completed);
    }
}
