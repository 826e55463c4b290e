namespace Pierre.Server.Goals;

/// <summary>The goals tracked today; <paramref name="Provider"/> is null when there was nothing to track (and nothing was read).</summary>
internal sealed record GoalProgress(DateOnly Today, string? Provider, IReadOnlyList<TrackedGoal> Goals);
