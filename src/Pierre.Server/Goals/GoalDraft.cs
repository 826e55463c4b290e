using Pierre.Fitness.Goals;

namespace Pierre.Server.Goals;

/// <summary>A goal the caller describes, its parameters read and checked, with the title they gave (null: one is made from the target).</summary>
internal sealed record GoalDraft(GoalSpec Spec, string? Title);
