using Pierre.Fitness.Goals;
using Pierre.Server.Goals;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Three to five goals drawn from the last 4 weeks of training and the user's training profile, each ready for set_goal.</summary>
internal sealed class SuggestGoalsTool(GoalService goals) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "suggest_goals",
        "Suggest goals",
        "Proposes 3–5 goals from the last 4 weeks: the main sport's weekly distance built at half the training profile's weekly volume cap (a convention) for 8 weeks, a second sport held, " +
        "training hours, a consistency goal (sessions every week) and a 10 km one VDOT point faster than the best recent run. Pass a suggestion's set_goal_arguments to set_goal as they are.",
        """
        {"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"profile":{"type":"string"},
          "suggestions":{"type":"array","items":{"type":"object","properties":{"title":{"type":"string"},"goal_type":{"type":"string"},"reason":{"type":"string"},
            "set_goal_arguments":{"type":"object"}},"required":["title","goal_type","reason","set_goal_arguments"]}}},
         "required":["provider","profile","suggestions","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Goals);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        return ToolOutcome.From(await goals.SuggestAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), suggested =>
        {
            var views = suggested.Suggestions.Select(s => (Title: GoalTitles.Default(s.Goal), s.Goal, s.Reason))
                .Select(s => new
                {
                    title = s.Title, goal_type = GoalNames.Of(s.Goal.Kind), reason = s.Reason, set_goal_arguments = GoalView.Arguments(s.Goal, s.Title, suggested.Today),
                })
                .ToList();
            return ToolOutcome.Success(
                new { provider = suggested.Provider, profile = suggested.Profile.Name, suggestions = views, method = GoalSuggestions.Method },
                string.Join('\n', views.Select(v => $"- {v.title}: {v.reason}")));
        });
    }
}
