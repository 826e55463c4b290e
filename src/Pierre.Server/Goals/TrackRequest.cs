namespace Pierre.Server.Goals;

/// <summary>Progress of one goal, or of every active goal when <paramref name="GoalId"/> is null.</summary>
internal sealed record TrackRequest(Guid? GoalId, string? Provider);
