using Pierre.Server.Mcp;

namespace Pierre.Server.Goals;

/// <summary>The goal_id argument, and the one answer for a goal the caller does not have, whoever else might own it.</summary>
internal static class GoalIds
{
    public static Guid? Read(ToolInvocation call) => call.OptionalString("goal_id", 64) switch
    {
        null => null,
        var text when Guid.TryParse(text, out var id) => id,
        _ => throw new ToolArgumentException("argument 'goal_id' must be a goal id as set_goal or track_progress return it"),
    };

    public static ToolOutcome NotFound(Guid id) =>
        ToolOutcome.Error($"No goal {id}. Call track_progress without goal_id to list your active goals.");
}
