using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Goals;

/// <summary>Set, cancel, track, suggest and judge the caller's goals; another user's goal looks exactly like a missing one.</summary>
internal sealed class GoalService(GoalStore goals, AthleteProfiles profiles, ProviderResolver providers, ActivitySource source, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Result<Goal>> CreateAsync(Caller caller, GoalDraft draft, CancellationToken ct)
    {
        if (!Titled(draft).TryGetValue(out var title, out var refusal))
        {
            return refusal;
        }

        return await goals.AddAsync(caller, draft.Spec, title, ct).ConfigureAwait(false) is { } goal
            ? goal
            : Refusal.Conflict($"You already have {GoalStore.MaxActiveGoals} active goals; cancel one first (set_goal with goal_id and status \"cancelled\").");
    }

    public async Task<Result<Goal>> CancelAsync(Caller caller, Guid goalId, CancellationToken ct)
    {
        if (await goals.FindAsync(caller, goalId, ct).ConfigureAwait(false) is not { } goal)
        {
            return Unknown(goalId);
        }

        if (goal.Status == GoalNames.Achieved)
        {
            return Refusal.Conflict($"Goal {goalId} is already achieved; an achieved goal stays on record.");
        }

        goal.Status = GoalNames.Cancelled;
        await goals.SaveAsync(ct).ConfigureAwait(false);
        return goal;
    }

    /// <summary>Tracks the goals against the activities since each one's start, and marks those reached as achieved.</summary>
    public async Task<Result<GoalProgress>> TrackAsync(Caller caller, TrackRequest request, CancellationToken ct)
    {
        var today = Today;
        List<Goal> tracked;
        if (request.GoalId is { } id)
        {
            if (await goals.FindAsync(caller, id, ct).ConfigureAwait(false) is not { } goal)
            {
                return Unknown(id);
            }

            tracked = [goal];
        }
        else
        {
            tracked = await goals.ActiveAsync(caller, ct).ConfigureAwait(false);
            if (tracked.Count == 0)
            {
                return new GoalProgress(today, null, []);
            }
        }

        if (!(await providers.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var provider, out var refusal))
        {
            return refusal;
        }

        var specs = tracked.Select(GoalNames.ToSpec).ToList();
        var activities = await SinceAsync(provider, caller, specs.Min(s => s.StartDate), today, ct).ConfigureAwait(false);
        var reports = tracked.Select((goal, i) => new TrackedGoal(goal, specs[i], GoalTracking.Track(specs[i], activities, today))).ToList();
        foreach (var (goal, _, track) in reports.Where(r => r.Goal.Status == GoalNames.Active && r.Track.AchievedOn is not null))
        {
            goal.Status = GoalNames.Achieved;
            goal.AchievedOn = track.AchievedOn;
        }

        await goals.SaveAsync(ct).ConfigureAwait(false);
        return new GoalProgress(today, provider, reports);
    }

    public async Task<Result<SuggestedGoals>> SuggestAsync(Caller caller, ProviderRequest request, CancellationToken ct)
    {
        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        var today = Today;
        var activities = await SinceAsync(context.Provider, caller, today, today, ct).ConfigureAwait(false);
        var suggestions = GoalSuggestions.Suggest(activities, context.Profile, today);
        return suggestions.Count == 0
            ? Refusal.Precondition("No activities in the last 4 weeks to base suggestions on; set a goal directly with set_goal.")
            : new SuggestedGoals(context.Provider, context.Profile, today, suggestions);
    }

    public async Task<Result<FeasibilityAssessment>> FeasibilityAsync(Caller caller, FeasibilityRequest request, CancellationToken ct)
    {
        GoalSpec spec;
        string title;
        if (request.GoalId is { } id)
        {
            if (await goals.FindAsync(caller, id, ct).ConfigureAwait(false) is not { } goal)
            {
                return Unknown(id);
            }

            (spec, title) = (GoalNames.ToSpec(goal), goal.Title);
        }
        else if (request.Draft is { } draft)
        {
            if (!Titled(draft).TryGetValue(out var given, out var badTitle))
            {
                return badTitle;
            }

            (spec, title) = (draft.Spec, given);
        }
        else
        {
            return Refusal.Invalid("give goal_id or the goal parameters");
        }

        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        var today = Today;
        var activities = await SinceAsync(context.Provider, caller, spec.StartDate, today, ct).ConfigureAwait(false);
        return GoalFeasibility.Assess(spec, activities, context.Profile, today) is { } report
            ? new FeasibilityAssessment(context.Provider, title, spec, report, today)
            : Refusal.Precondition($"No run of {GoalSeries.MinVdotRunMeters / 1000:0} km or more in the last {GoalSeries.VdotWindowDays} days to measure VDOT from; run one, then ask again.");
    }

    /// <summary>
    /// The activities every goal figure reads: volume counted from <paramref name="start"/>, the rate over the last
    /// 28 days, and a race goal's best VDOT over the 90 days before either (plus a week, for a frequency goal's block
    /// that straddles the first day).
    /// </summary>
    private Task<IReadOnlyList<Activity>> SinceAsync(string provider, Caller caller, DateOnly start, DateOnly today, CancellationToken ct)
    {
        var first = start < today.AddDays(-GoalTracking.RateWindowDays) ? start : today.AddDays(-GoalTracking.RateWindowDays);
        var since = first.AddDays(-GoalSeries.VdotWindowDays - 7);
        return source.WindowAsync(provider, caller.Account, new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), ct);
    }

    /// <summary>The title a draft goal gets, once the goal is one that can be set today.</summary>
    private Result<string> Titled(GoalDraft draft) => GoalRules.Check(draft.Spec, Today) ?? GoalTitles.For(draft.Spec, draft.Title);

    private static Refusal Unknown(Guid id) =>
        Refusal.Missing($"No goal {id}. Call track_progress without goal_id to list your active goals.");
}
