using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Whether a stored goal (goal_id) or a proposed one (set_goal's parameters) is feasible within the profile's weekly volume cap.</summary>
internal sealed class AnalyzeGoalFeasibilityTool(GoalService goals) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_goal_feasibility",
        "Analyze goal feasibility",
        "Judges a goal (goal_id, or set_goal's parameters without storing anything) against the last 4 weeks: feasible at the current rate, challenging within the training profile's weekly volume cap (compounding; the \"10 % rule\" family, a convention: Buist et al. 2008 found it did not lower injuries), " +
        "or unrealistic beyond it, with a 0–100 confidence (a heuristic scale) and a safer target when unrealistic. Race goals compare the VDOT gain needed with about 1 point per 4–6 weeks (Daniels' guidance; a heuristic).",
        $$$"""
        {"type":"object","properties":{
          "goal_id":{"type":"string","format":"uuid","description":"A stored goal; otherwise give the goal parameters"},
          {{{GoalArguments.SchemaProperties}}},
          "provider":{"type":"string"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"title":{"type":"string"},"verdict":{"type":"string","enum":["feasible","challenging","unrealistic"]},
          "confidence":{"type":"integer","minimum":0,"maximum":100},"basis":{"type":"string"},"method":{"type":"string"},"weeks_left":{"type":"number"},"unit":{"type":"string"},
          "needed":{"type":"number"},"reachable_at_current_rate":{"type":"number"},"reachable_at_safe_rate":{"type":"number"},
          "current_rate_per_week":{"type":"number"},"required_rate_per_week":{"type":"number"},"required_weekly_increase":{"type":"number"},"max_weekly_increase":{"type":"number"},
          "current_vdot":{"type":"number"},"target_vdot":{"type":"number"},"current_predicted_time_s":{"type":"number"},
          "alternative":{"type":"object","properties":{"title":{"type":"string"},"target_value":{"type":"number"},"target_time_s":{"type":"number"},"set_goal_arguments":{"type":"object"}},"required":["title","set_goal_arguments"]},
          "reachable_by":{"type":"string","format":"date"}},
         "required":["provider","title","verdict","confidence","basis","method","weeks_left","unit","needed"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Goals);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown([.. GoalArguments.Names, "goal_id", "provider"]);
        var id = GoalIds.Read(call);
        if (id is not null && GoalArguments.Names.FirstOrDefault(call.Has) is { } extra)
        {
            throw new ToolArgumentException($"argument '{extra}' cannot be combined with goal_id; give goal_id or the goal parameters");
        }

        var request = new FeasibilityRequest(id, id is null ? GoalArguments.Read(call, goals.Today) : null, call.OptionalProvider());
        return ToolOutcome.From(await goals.FeasibilityAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), f => ToolOutcome.Success(
            FeasibilityView.Of(f.Provider, f.Title, f.Spec, f.Report, f.Today),
            FeasibilityView.Summary(f.Title, f.Report, FeasibilityView.Unit(f.Spec))));
    }
}
