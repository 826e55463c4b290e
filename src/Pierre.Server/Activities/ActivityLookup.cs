using Pierre.Providers;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Activities;

/// <summary>
/// Finds one of the caller's activities with its streams, or the refusal that sends the caller to the activity list:
/// two reads of that activity (each cached), never the history it belongs to.
/// </summary>
internal static class ActivityLookup
{
    public static Refusal Unknown(string activityId) =>
        Refusal.Missing($"No activity '{activityId}' for this athlete; take an id from get_activities.");

    public static async Task<Result<ActivityRecord>> FindAsync(ActivitySource source, AthleteContext context, ProviderAccount account, string activityId, CancellationToken ct) =>
        await source.ActivityAsync(context.Provider, account, activityId, ct).ConfigureAwait(false) is { } activity
        && await source.StreamsAsync(context.Provider, account, activity, ct).ConfigureAwait(false) is { } streams
            ? new ActivityRecord(activity, streams)
            : Unknown(activityId);
}
