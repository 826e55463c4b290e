using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>
/// The arguments that describe a goal, shared by set_goal and analyze_goal_feasibility, read with checks that name the bad
/// one; whether the goal can be set today is the goal service's to say (<see cref="GoalRules"/>).
/// </summary>
internal static class GoalArguments
{
    public static readonly string[] Names = ["goal_type", "sport_type", "title", "target_value", "race_distance_m", "target_time_s", "target_date", "start_date"];

    /// <summary>The JSON-schema properties of <see cref="Names"/>, to splice into a tool's input schema.</summary>
    public const string SchemaProperties = """
        "goal_type":{"type":"string","enum":["distance","time","frequency","race"],"description":"distance: km in the period; time: hours of training; frequency: sessions every week; race: a finish time over race_distance_m"},
        "sport_type":{"type":"string","enum":["run","ride","swim"],"description":"Required for distance goals; race goals are runs; time and frequency goals count every sport when absent"},
        "title":{"type":"string","maxLength":200,"description":"Default: generated from the target"},
        "target_value":{"type":"number","exclusiveMinimum":0,"description":"km (distance), hours (time) or whole sessions a week (frequency); not for race goals"},
        "race_distance_m":{"type":"number","minimum":800,"maximum":100000,"description":"Race goals: e.g. 5000, 10000, 21097.5, 42195"},
        "target_time_s":{"type":"number","minimum":210,"maximum":36000,"description":"Race goals: target finish time in seconds"},
        "target_date":{"type":"string","format":"date","description":"ISO date after today and at most two years ahead"},
        "start_date":{"type":"string","format":"date","description":"When counting starts: today (default) or up to a year back"}
        """;

    public static GoalDraft Read(ToolInvocation call, DateOnly today)
    {
        var kind = GoalNames.KindFrom(call.RequiredString("goal_type").ToLowerInvariant())
                   ?? throw new ToolArgumentException("argument 'goal_type' must be distance, time, frequency or race");
        var sportName = call.OptionalString("sport_type", 16)?.ToLowerInvariant();
        var sport = sportName is null ? (Sport?)null : GoalNames.SportFrom(sportName) ?? throw new ToolArgumentException("argument 'sport_type' must be run, ride or swim");
        var start = DateArgument(call, "start_date") ?? today;
        var targetDate = DateArgument(call, "target_date") ?? throw new ToolArgumentException("argument 'target_date' is required");
        var spec = kind switch
        {
            GoalKind.Race => Race(call, sport, start, targetDate),
            GoalKind.Distance when sport is null => throw new ToolArgumentException("argument 'sport_type' is required for distance goals"),
            _ => Volume(call, kind, sport, start, targetDate),
        };
        return new GoalDraft(spec, call.OptionalString("title"));
    }

    private static GoalSpec Volume(ToolInvocation call, GoalKind kind, Sport? sport, DateOnly start, DateOnly targetDate)
    {
        RefuseAny(call, kind, "race_distance_m", "target_time_s");
        var target = kind switch
        {
            GoalKind.Frequency => call.Int("target_value", 0, 1, 14),
            GoalKind.Time => call.OptionalNumber("target_value", 0.1, 5_000) ?? 0,
            _ => call.OptionalNumber("target_value", 0.1, 100_000) ?? 0,
        };
        return target > 0
            ? new GoalSpec(kind, sport, target, start, targetDate)
            : throw new ToolArgumentException("argument 'target_value' is required: km for distance, hours for time, sessions a week for frequency");
    }

    private static GoalSpec Race(ToolInvocation call, Sport? sport, DateOnly start, DateOnly targetDate)
    {
        RefuseAny(call, GoalKind.Race, "target_value");
        if (sport is not null and not Sport.Run)
        {
            throw new ToolArgumentException("argument 'sport_type' must be run for a race goal (race times are modelled with running VDOT)");
        }

        var meters = call.RequiredNumber("race_distance_m", 800, 100_000);
        var seconds = call.RequiredNumber("target_time_s", 210, 36_000);
        return new GoalSpec(GoalKind.Race, Sport.Run, seconds, start, targetDate, meters);
    }

    private static void RefuseAny(ToolInvocation call, GoalKind kind, params string[] names)
    {
        if (names.FirstOrDefault(call.Has) is { } name)
        {
            throw new ToolArgumentException($"argument '{name}' does not apply to a {GoalNames.Of(kind)} goal");
        }
    }

    private static DateOnly? DateArgument(ToolInvocation call, string name) =>
        call.OptionalDate(name) is { } date ? DateOnly.FromDateTime(date.UtcDateTime) : null;
}
