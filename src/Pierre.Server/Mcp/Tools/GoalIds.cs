namespace Pierre.Server.Mcp.Tools;

/// <summary>The goal_id argument that set_goal, track_progress and analyze_goal_feasibility share.</summary>
internal static class GoalIds
{
    public static Guid? Read(ToolInvocation call) => call.OptionalString("goal_id", 64) switch
    {
        null => null,
        var text when Guid.TryParse(text, out var id) => id,
        _ => throw new ToolArgumentException("argument 'goal_id' must be a goal id as set_goal or track_progress return it"),
    };
}
