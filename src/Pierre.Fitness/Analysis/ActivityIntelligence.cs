using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>A session's stress against the athlete's typical session of the sport (median of the last 90 days).</summary>
public sealed record TrainingEffect(double Stress, StressMethod Method, double? TypicalStress, double? Ratio, string Label);

/// <summary>How an activity compares with its similar recent activities (same sport, distance ±20 %, last 180 days).</summary>
public sealed record PeerComparison(int Count, DateTimeOffset Since, double? AverageSpeedMetersPerSecond, double? SpeedDifferencePercent, double? HeartRateDifference, int? Rank);

/// <summary>A compact reading of one activity, ready to be said in a sentence or two.</summary>
public sealed record ActivityInsights(string SessionType, Effort? Effort, TrainingEffect Effect, PeerComparison Similar, PersonalBest PersonalBest, IReadOnlyList<string> Insights);

public static class ActivityIntelligence
{
    public const int SimilarDays = 180;
    public const int TypicalDays = 90;
    private const int MinimumForTypical = 3;
    private const double SteadyMinimumSeconds = 45 * 60;

    public static ActivityInsights Of(Activity subject, ActivityAnalysis analysis, IReadOnlyList<Activity> history, Athlete athlete, DateTimeOffset now)
    {
        var type = SessionType.Classify(subject, analysis.Effort, analysis.OutputVariation);
        var effect = Effect(subject, history, athlete, now);
        var similar = CompareWithSimilar(subject, history, now);
        var best = ActivityPeers.Best(history, subject);
        var sport = SessionType.SportName(subject.Sport);
        var insights = new List<string>
        {
            $"{char.ToUpperInvariant(type[0])}{type[1..]}" + (analysis.Effort is { } e && !NamedByEffort(type) ? $" at {EffortLevel.Label(e)} effort" : string.Empty)
                + (effect.Ratio is { } ratio ? $": stress {effect.Stress:0}, {ratio:0.0}× your typical {sport} ({effect.TypicalStress:0})." : $": stress {effect.Stress:0}."),
            similar.SpeedDifferencePercent is { } faster
                ? $"{Math.Abs(faster):0.0} % {(faster >= 0 ? "faster" : "slower")} than the average of {similar.Count} similar {sport}s since {similar.Since:yyyy-MM-dd} (rank {similar.Rank} of {similar.Count + 1})."
                : $"No other {sport} within ±20 % of {subject.DistanceMeters / 1000:0.0} km since {similar.Since:yyyy-MM-dd} to compare with.",
        };
        if (best.IsPersonalBest)
        {
            insights.Add($"Your fastest {sport} between {best.BandLowMeters / 1000:0.0} and {best.BandHighMeters / 1000:0.0} km on record.");
        }
        else if (best.FastestOther is { AverageSpeedMetersPerSecond: { } bestSpeed } fastest && subject.AverageSpeedMetersPerSecond is { } speed)
        {
            insights.Add($"{(bestSpeed - speed) / bestSpeed * 100:0.0} % slower than your best in this distance band ({fastest.StartTime:yyyy-MM-dd}).");
        }

        if (analysis.Decoupling is { } drift && analysis.DurationSeconds >= SteadyMinimumSeconds && !type.StartsWith("interval", StringComparison.Ordinal))
        {
            insights.Add(drift.Decoupled
                ? $"Heart rate drifted {drift.Percent:0.0} % against {Output(drift.Basis)} in the second half (after the warm-up, stops left out): above Friel's 5 %, so this duration still stretches your aerobic endurance."
                : $"{char.ToUpperInvariant(Output(drift.Basis)[0])}{Output(drift.Basis)[1..]} and heart rate stayed coupled ({drift.Percent:0.0} % drift after the warm-up, under Friel's 5 %): good aerobic endurance for this duration.");
        }

        return new ActivityInsights(type, analysis.Effort, effect, similar, best, insights);
    }

    /// <summary>Stress on the summary (as the training-load chart scores it) over the median of the sport's other sessions in the last 90 days; null below three.</summary>
    public static TrainingEffect Effect(Activity subject, IEnumerable<Activity> history, Athlete athlete, DateTimeOffset now)
    {
        var (stress, method) = ActivityStress.Score(subject, athlete);
        var others = history
            .Where(a => a.Id != subject.Id && a.Sport == subject.Sport && a.StartTime >= now.AddDays(-TypicalDays))
            .Select(a => ActivityStress.Score(a, athlete).Stress)
            .Order()
            .ToList();
        double? typical = others.Count >= MinimumForTypical ? Median(others) : null;
        double? ratio = typical > 0 && double.IsFinite(stress / typical.Value) ? stress / typical.Value : null;
        var label = ratio switch
        {
            null => "no typical session yet",
            < 0.67 => "light",
            <= 1.33 => "typical",
            <= 2 => "heavy",
            _ => "very heavy",
        };
        return new TrainingEffect(stress, method, typical, ratio, label);
    }

    /// <summary>Mean speed and heart rate of the similar activities since 180 days ago, the difference in %, and the rank by speed (1 = fastest).</summary>
    public static PeerComparison CompareWithSimilar(Activity subject, IEnumerable<Activity> history, DateTimeOffset now)
    {
        var since = now.AddDays(-SimilarDays);
        var similar = ActivityPeers.Similar(history, subject, since);
        var mean = PerformanceSummary.Mean(similar);
        var speed = subject.AverageSpeedMetersPerSecond;
        return new PeerComparison(
            similar.Count,
            since,
            mean?.SpeedMetersPerSecond,
            speed is { } v && mean?.SpeedMetersPerSecond is { } m && m > 0 ? (v - m) / m * 100 : null,
            subject.AverageHeartRate is { } hr && mean?.HeartRate is { } meanHr ? hr - meanHr : null,
            speed is { } s ? 1 + similar.Count(a => a.AverageSpeedMetersPerSecond > s) : null);
    }

    private static string Output(DecouplingBasis basis) => basis switch
    {
        DecouplingBasis.Power => "normalized power",
        DecouplingBasis.GradedPace => "grade-adjusted pace",
        _ => "pace",
    };

    private static bool NamedByEffort(string type) => !type.StartsWith("long", StringComparison.Ordinal) && !type.StartsWith("interval", StringComparison.Ordinal);

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
