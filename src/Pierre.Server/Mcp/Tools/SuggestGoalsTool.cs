using Pierre.Fitness.Goals;
using Pierre.Server.Connections;
using Pierre.Server.Goals;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Three to five goals drawn from the last 4 weeks of training and the user's training profile, each ready for set_goal.</summary>
internal sealed class SuggestGoalsTool(AthleteProfiles profiles, ActivitySource source, TimeProvider clock) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "suggest_goals",
        "Suggest goals",
        "Proposes 3–5 goals from the last 4 weeks: the main sport's weekly distance built at half the training profile's safe weekly increase for 8 weeks, a second sport held, " +
        "training hours, a consistency goal (sessions every week) and a 10 km one VDOT point faster than the best recent run. Pass a suggestion's set_goal_arguments to set_goal as they are.",
        """
        {"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"profile":{"type":"string"},
          "suggestions":{"type":"array","items":{"type":"object","properties":{"title":{"type":"string"},"goal_type":{"type":"string"},"reason":{"type":"string"},
            "set_goal_arguments":{"type":"object"}},"required":["title","goal_type","reason","set_goal_arguments"]}}},
         "required":["provider","profile","suggestions"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var (context, error) = await profiles.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var suggestions = GoalSuggestions.Suggest(await source.ActivitiesAsync(context!.Provider, call.Caller.Account, cancellationToken).ConfigureAwait(false), context.Profile, today);
        if (suggestions.Count == 0)
        {
            return ToolOutcome.Error("No activities in the last 4 weeks to base suggestions on; set a goal directly with set_goal.");
        }

        var views = suggestions.Select(s => (Title: GoalTitles.Default(s.Goal), s.Goal, s.Reason))
            .Select(s => new { title = s.Title, goal_type = GoalNames.Of(s.Goal.Kind), reason = s.Reason, set_goal_arguments = GoalView.Arguments(s.Goal, s.Title, today) })
            .ToList();
        return ToolOutcome.Success(
            new { provider = context.Provider, profile = context.Profile.Name, suggestions = views },
            string.Join('\n', views.Select(v => $"- {v.title}: {v.reason}")));
    }
}
