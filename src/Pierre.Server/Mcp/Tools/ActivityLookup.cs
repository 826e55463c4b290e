using Pierre.Fitness.Model;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>One activity of the caller's with its streams and history, or the error that sends the assistant to get_activities.</summary>
internal sealed record ActivityRecord(Activity Activity, ActivityStreams Streams, IReadOnlyList<Activity> History);

internal static class ActivityLookup
{
    public static ToolOutcome Unknown(string activityId) =>
        ToolOutcome.Error($"No activity '{activityId}' for this athlete; take an id from get_activities.");

    public static ActivityRecord? Find(ActivitySource source, AthleteContext context, Guid userId, string activityId)
    {
        var history = source.Activities(context.Provider, userId);
        return history.FirstOrDefault(a => a.Id == activityId) is { } activity
            ? new ActivityRecord(activity, ActivitySource.Streams(context.Provider, userId, activity), history)
            : null;
    }
}
