using Pierre.Fitness.Model;

namespace Pierre.Server.Activities;

/// <summary>One activity of the caller's with its streams and the history it belongs to.</summary>
internal sealed record ActivityRecord(Activity Activity, ActivityStreams Streams, IReadOnlyList<Activity> History);
