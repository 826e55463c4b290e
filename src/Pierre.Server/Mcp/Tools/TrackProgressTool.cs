using Pierre.Fitness.Goals;
using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Progress of one goal, or of every active goal, against the activities since each goal's start; reached goals are marked achieved.</summary>
internal sealed class TrackProgressTool(GoalService goals) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "track_progress",
        "Track goal progress",
        "Shows progress towards a goal (goal_id) or every active goal (no goal_id) from the activities since its start: current value, percent, 25/50/75/100 % milestones with the day each was reached, " +
        "the value a straight line from start to target expects today, pace (ahead, on_track, behind, achieved, missed), and a projection to the target date from the last 4 weeks' rate. " +
        "Race goals compare the time predicted by the VDOT of the best run of the last 90 days with the target. A goal that is reached is marked achieved.",
        """
        {"type":"object","properties":{"goal_id":{"type":"string","format":"uuid","description":"Default: every active goal"},"provider":{"type":"string"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"today":{"type":"string","format":"date"},"provider":{"type":"string"},
          "goals":{"type":"array","items":{"type":"object","properties":{"goal":{"type":"object"},
            "progress":{"type":"object","properties":{"unit":{"type":"string"},"target":{"type":"number"},"current":{"type":"number"},"percent":{"type":"number"},
              "expected":{"type":"number"},"projected":{"type":"number"},"recent_rate_per_week":{"type":"number"},"pace":{"type":"string"},
              "milestones":{"type":"array","items":{"type":"object","properties":{"percent":{"type":"integer"},"value":{"type":"number"},"reached":{"type":"boolean"},"reached_on":{"type":"string","format":"date"}},"required":["percent","reached"]}},
              "days_elapsed":{"type":"integer"},"days_left":{"type":"integer"},"achieved_on":{"type":"string","format":"date"},"vdot":{"type":"object"}},
             "required":["unit","target","percent","pace","milestones","days_elapsed","days_left"]}},
            "required":["goal","progress"]}}},
         "required":["today","goals","method"]}
        """,
        ReadOnly: false, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Goals);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["goal_id", "provider"]);
        var request = new TrackRequest(GoalIds.Read(call), call.OptionalProvider());
        return ToolOutcome.From(await goals.TrackAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(GoalProgress progress)
    {
        if (progress.Goals.Count == 0)
        {
            return ToolOutcome.Success(new { today = progress.Today, goals = Array.Empty<object>(), method = GoalTracking.Method }, "No active goals. Set one with set_goal, or ask suggest_goals for ideas.");
        }

        var reports = progress.Goals;
        return ToolOutcome.Success(
            new
            {
                today = progress.Today, provider = progress.Provider,
                goals = reports.Select(r => new { goal = GoalView.Of(r.Goal), progress = GoalView.Progress(r.Spec, r.Track) }),
                method = GoalTracking.Method,
            },
            string.Join('\n', reports.Select(r => GoalView.Summary(r.Goal, r.Spec, r.Track))));
    }
}
