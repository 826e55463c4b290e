using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>One activity of the caller's with its streams and history, or the error that sends the assistant to get_activities.</summary>
internal sealed record ActivityRecord(Activity Activity, ActivityStreams Streams, IReadOnlyList<Activity> History);

internal static class ActivityLookup
{
    public static ToolOutcome Unknown(string activityId) =>
        ToolOutcome.Error($"No activity '{activityId}' for this athlete; take an id from get_activities.");

    public static async Task<ActivityRecord?> FindAsync(ActivitySource source, AthleteContext context, ProviderAccount account, string activityId, CancellationToken ct)
    {
        var history = await source.ActivitiesAsync(context.Provider, account, ct).ConfigureAwait(false);
        return history.FirstOrDefault(a => a.Id == activityId) is { } activity
            && await source.StreamsAsync(context.Provider, account, activity, ct).ConfigureAwait(false) is { } streams
            ? new ActivityRecord(activity, streams, history)
            : null;
    }
}
