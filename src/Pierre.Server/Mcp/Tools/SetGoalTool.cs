using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Creates a goal from the goal parameters, or cancels one: goal_id with status "cancelled".</summary>
internal sealed class SetGoalTool(GoalService goals) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "set_goal",
        "Set or cancel a goal",
        "Creates a training goal counted from the user's activities: distance (km of one sport), time (hours), frequency (sessions every week) or race (a finish time over a distance), by target_date. " +
        "To cancel a goal pass only goal_id and status \"cancelled\". track_progress lists active goals; suggest_goals proposes some.",
        $$$"""
        {"type":"object","properties":{
          {{{GoalArguments.SchemaProperties}}},
          "goal_id":{"type":"string","format":"uuid","description":"With status: change this goal instead of creating one"},
          "status":{"type":"string","enum":["cancelled"]}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"action":{"type":"string","enum":["created","cancelled"]},
          "goal":{"type":"object","properties":{"goal_id":{"type":"string"},"title":{"type":"string"},"goal_type":{"type":"string"},"sport_type":{"type":"string"},
            "target_value":{"type":"number"},"unit":{"type":"string"},"race_distance_m":{"type":"number"},"target_time":{"type":"string"},
            "start_date":{"type":"string","format":"date"},"target_date":{"type":"string","format":"date"},"status":{"type":"string"},"achieved_on":{"type":"string","format":"date"}},
            "required":["goal_id","title","goal_type","target_value","unit","start_date","target_date","status"]}},
         "required":["action","goal"]}
        """,
        ReadOnly: false, Destructive: false, Idempotent: false, OpenWorld: false, Group: ToolGroup.Goals);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown([.. GoalArguments.Names, "goal_id", "status"]);
        if (call.Has("goal_id") || call.Has("status"))
        {
            return await CancelAsync(call, cancellationToken).ConfigureAwait(false);
        }

        var draft = GoalArguments.Read(call, goals.Today);
        return ToolOutcome.From(await goals.CreateAsync(call.Caller.Caller, draft, cancellationToken).ConfigureAwait(false), goal => ToolOutcome.Success(
            new { action = "created", goal = GoalView.Of(goal) }, $"Goal set: {goal.Title} (goal_id {goal.Id}). Follow it with track_progress."));
    }

    private async Task<ToolOutcome> CancelAsync(ToolInvocation call, CancellationToken ct)
    {
        if (GoalArguments.Names.FirstOrDefault(call.Has) is { } extra)
        {
            throw new ToolArgumentException($"argument '{extra}' cannot be combined with goal_id; pass goal_id and status only");
        }

        var id = GoalIds.Read(call) ?? throw new ToolArgumentException("argument 'goal_id' is required with status");
        if (call.RequiredString("status") != GoalNames.Cancelled)
        {
            throw new ToolArgumentException("argument 'status' must be \"cancelled\"");
        }

        return ToolOutcome.From(await goals.CancelAsync(call.Caller.Caller, id, ct).ConfigureAwait(false), goal => ToolOutcome.Success(
            new { action = "cancelled", goal = GoalView.Of(goal) }, $"Goal cancelled: {goal.Title}."));
    }
}
