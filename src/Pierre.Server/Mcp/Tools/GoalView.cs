using System.Globalization;
using System.Text.Json;
using Pierre.Fitness.Goals;
using Pierre.Fitness.Performance;
using Pierre.Server.Data.Entities;
using Pierre.Server.Analysis;
using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Goals and their progress as the tools show them; race values appear as finish times, never as NaN.</summary>
internal static class GoalView
{
    public static object Of(Goal goal) => new
    {
        goal_id = goal.Id,
        title = goal.Title,
        goal_type = goal.GoalType,
        sport_type = goal.SportType,
        target_value = goal.TargetValue,
        unit = goal.Unit,
        race_distance_m = goal.RaceDistanceMeters,
        target_time = goal.RaceDistanceMeters is null ? null : RaceClock.Format(goal.TargetValue),
        start_date = goal.StartDate,
        target_date = goal.TargetDate,
        status = goal.Status,
        created_at = goal.CreatedAt,
        achieved_on = goal.AchievedOn,
    };

    /// <summary>The arguments that make set_goal create <paramref name="goal"/>.</summary>
    public static Dictionary<string, object> Arguments(GoalSpec goal, string title, DateOnly today)
    {
        var arguments = new Dictionary<string, object> { ["goal_type"] = GoalNames.Of(goal.Kind), ["title"] = title };
        if (GoalNames.Of(goal.Sport) is { } sport)
        {
            arguments["sport_type"] = sport;
        }

        if (goal.RaceDistanceMeters is { } meters)
        {
            arguments["race_distance_m"] = meters;
            arguments["target_time_s"] = goal.TargetValue;
        }
        else
        {
            arguments["target_value"] = goal.TargetValue;
        }

        arguments["target_date"] = IsoDates.Of(goal.TargetDate);
        if (goal.StartDate != today)
        {
            arguments["start_date"] = IsoDates.Of(goal.StartDate);
        }

        return arguments;
    }

    public static object Progress(GoalSpec goal, GoalTrack track)
    {
        var race = goal.RaceDistanceMeters is not null;
        double? Value(double? value) => race ? Seconds(value, goal.RaceDistanceMeters!.Value) : Round(value, 2);
        return new
        {
            unit = goal.Kind == GoalKind.Frequency ? "weeks" : goal.Unit,
            target = race ? goal.TargetValue : track.Target,
            current = Value(track.Current),
            percent = Round(track.Percent, 1) ?? 0,
            expected = Value(track.Expected),
            projected = Value(track.Projected),
            recent_rate_per_week = race ? null : Round(track.RatePerWeek, 2),
            pace = Pace(track.Pace),
            milestones = track.Milestones.Select(m => new { percent = m.Percent, value = Value(m.Value), reached = m.ReachedOn is not null, reached_on = m.ReachedOn }),
            days_elapsed = track.DaysElapsed,
            days_left = track.DaysLeft,
            achieved_on = track.AchievedOn,
            vdot = race
                ? new
                {
                    baseline = Round(track.Baseline, 1),
                    current = Round(track.Current, 1),
                    target = Round(track.Target, 1),
                    expected = Round(track.Expected, 1),
                    projected = Round(track.Projected, 1),
                    change_per_week = Round(track.RatePerWeek, 2),
                }
                : null,
        };
    }

    public static string Summary(Goal goal, GoalSpec spec, GoalTrack track)
    {
        var unit = spec.Kind == GoalKind.Frequency ? "weeks on target" : spec.Unit;
        var where = spec.RaceDistanceMeters is { } meters
            ? (Seconds(track.Current, meters) is { } now ? $"predicted {RaceClock.Format(now)} (VDOT {track.Current:0.0} of {track.Target:0.0})" : "no run of 3 km or more in the last 90 days")
            : $"{track.Current:0.#} of {track.Target:0.#} {unit}";
        return string.Create(CultureInfo.InvariantCulture, $"{goal.Title} [{goal.Status}]: {where}, {track.Percent:0} %, {Pace(track.Pace).Replace('_', ' ')}, {track.DaysLeft} days left.");
    }

    public static string Pace(GoalPace pace) => JsonNamingPolicy.SnakeCaseLower.ConvertName(pace.ToString());

    public static double? Round(double? value, int digits) => value is { } x && double.IsFinite(x) ? Math.Round(x, digits) : null;

    /// <summary>The race time a VDOT predicts over <paramref name="meters"/>, in whole seconds (Daniels–Gilbert).</summary>
    public static double? Seconds(double? vdot, double meters) =>
        vdot is { } v && double.IsFinite(v) && Vdot.PredictSeconds(v, meters) is { } seconds ? Math.Round(seconds) : null;
}
