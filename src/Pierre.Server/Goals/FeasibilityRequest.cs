namespace Pierre.Server.Goals;

/// <summary>How feasible a stored goal (<paramref name="GoalId"/>) or a proposed one (<paramref name="Draft"/>) is; give one of them.</summary>
internal sealed record FeasibilityRequest(Guid? GoalId, GoalDraft? Draft, string? Provider);
