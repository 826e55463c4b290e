using System.Globalization;
using System.Text.Json;
using Pierre.Fitness.Goals;
using Pierre.Server.Analysis;
using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>A feasibility report as analyze_goal_feasibility shows it, with the safer goal ready for set_goal when there is one.</summary>
internal static class FeasibilityView
{
    public static object Of(string provider, string title, GoalSpec goal, FeasibilityReport report, DateOnly today)
    {
        var race = goal.Kind == GoalKind.Race;
        return new
        {
            provider,
            title,
            verdict = JsonNamingPolicy.SnakeCaseLower.ConvertName(report.Verdict.ToString()),
            confidence = report.Confidence,
            basis = report.Basis,
            method = GoalFeasibility.Method,
            weeks_left = GoalView.Round(report.WeeksLeft, 1),
            unit = Unit(goal),
            needed = GoalView.Round(report.Needed, 2),
            reachable_at_current_rate = GoalView.Round(report.ReachableAtCurrentRate, 2),
            reachable_at_safe_rate = GoalView.Round(report.ReachableAtSafeRate, 2),
            current_rate_per_week = GoalView.Round(report.CurrentRatePerWeek, 2),
            required_rate_per_week = GoalView.Round(report.RequiredRatePerWeek, 2),
            required_weekly_increase = GoalView.Round(report.RequiredWeeklyIncrease, 4),
            max_weekly_increase = GoalView.Round(report.SafeWeeklyIncrease, 4),
            current_vdot = GoalView.Round(report.CurrentVdot, 1),
            target_vdot = GoalView.Round(report.TargetVdot, 1),
            current_predicted_time_s = race ? GoalView.Seconds(report.CurrentVdot, goal.RaceDistanceMeters!.Value) : null,
            alternative = Alternative(goal, report, today),
            reachable_by = report.AlternativeDate,
        };
    }

    public static string Summary(string title, FeasibilityReport report, string unit)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{title}: {report.Verdict.ToString().ToLowerInvariant()} (confidence {report.Confidence}/100). Needs {report.Needed:0.##} {unit}; the current rate gives {report.ReachableAtCurrentRate:0.##} and the safe maximum {report.ReachableAtSafeRate:0.##} in {report.WeeksLeft:0.#} weeks.");
        return report.AlternativeDate is { } date ? $"{text} At the safe rate the target is reachable by {IsoDates.Of(date)}." : text;
    }

    public static string Unit(GoalSpec goal) => goal.Kind == GoalKind.Race ? "VDOT" : goal.Unit;

    private static object? Alternative(GoalSpec goal, FeasibilityReport report, DateOnly today)
    {
        if (report.AlternativeTarget is not { } target)
        {
            return null;
        }

        var safer = goal with { TargetValue = target };
        var saferTitle = GoalTitles.Default(safer);
        return new
        {
            target_value = goal.Kind == GoalKind.Race ? (double?)null : target,
            target_time_s = goal.Kind == GoalKind.Race ? target : (double?)null,
            target_time = goal.Kind == GoalKind.Race ? RaceClock.Format(target) : null,
            title = saferTitle,
            set_goal_arguments = GoalView.Arguments(safer, saferTitle, today),
        };
    }
}
