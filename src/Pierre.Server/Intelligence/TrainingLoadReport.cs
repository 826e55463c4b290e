using Pierre.Fitness.Load;
using Pierre.Providers;
using Pierre.Server.Connections;

namespace Pierre.Server.Intelligence;

/// <summary>
/// Today's performance-management numbers for one athlete, computed once and shared by every tool that needs them;
/// <see cref="FirstActivity"/> is the day of the oldest activity read (null when none was).
/// </summary>
internal sealed record TrainingLoadToday(DailyLoad Today, IReadOnlyList<DailyLoad> Series, IReadOnlyDictionary<StressMethod, int> Methods, DateOnly? FirstActivity);

internal sealed class TrainingLoadReport(ActivitySource source, TimeProvider clock)
{
    /// <summary>
    /// Days of activities read: the 42-day CTL keeps e^(−180/42) ≈ 1.4 % of what it was before the window, so older
    /// history would not change the figures shown, and the window costs one read a day instead of the whole history.
    /// </summary>
    public const int WindowDays = 180;

    public async Task<TrainingLoadToday> ComputeAsync(AthleteContext context, ProviderAccount account, CancellationToken ct)
    {
        var athlete = context.Athlete;
        var lthr = ActivityStress.EstimatedLactateThreshold(athlete);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var scored = (await source.WindowAsync(context.Provider, account, since, ct).ConfigureAwait(false))
            .Select(a => (Date: DateOnly.FromDateTime(a.StartTime.UtcDateTime), Score: ActivityStress.Score(a, athlete, lthr)))
            .ToList();
        var from = scored.Count == 0 ? today : scored.Min(s => s.Date);
        var series = TrainingLoad.Series(scored.Select(s => (s.Date, s.Score.Stress)), from, today);
        var methods = scored.GroupBy(s => s.Score.Method).ToDictionary(g => g.Key, g => g.Count());
        return new TrainingLoadToday(series[^1], series, methods, scored.Count == 0 ? null : from);
    }
}
