using Pierre.Fitness.Load;
using Pierre.Server.Connections;

namespace Pierre.Server.Intelligence;

/// <summary>Today's performance-management numbers for one athlete, computed once and shared by every tool that needs them.</summary>
internal sealed record TrainingLoadToday(DailyLoad Today, IReadOnlyList<DailyLoad> Series, IReadOnlyDictionary<StressMethod, int> Methods);

internal sealed class TrainingLoadReport(ActivitySource source, TimeProvider clock)
{
    public TrainingLoadToday Compute(AthleteContext context, Guid userId)
    {
        var athlete = context.Athlete;
        var lthr = ActivityStress.EstimatedLactateThreshold(athlete);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var scored = source.Activities(context.Provider, userId)
            .Select(a => (Date: DateOnly.FromDateTime(a.StartTime.UtcDateTime), Score: ActivityStress.Score(a, athlete, lthr)))
            .ToList();
        var from = scored.Count == 0 ? today : scored.Min(s => s.Date);
        var series = TrainingLoad.Series(scored.Select(s => (s.Date, s.Score.Stress)), from, today);
        var methods = scored.GroupBy(s => s.Score.Method).ToDictionary(g => g.Key, g => g.Count());
        return new TrainingLoadToday(series[^1], series, methods);
    }
}
