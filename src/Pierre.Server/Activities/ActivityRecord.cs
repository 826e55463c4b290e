using Pierre.Fitness.Model;

namespace Pierre.Server.Activities;

/// <summary>One activity of the caller's with its streams.</summary>
internal sealed record ActivityRecord(Activity Activity, ActivityStreams Streams);
