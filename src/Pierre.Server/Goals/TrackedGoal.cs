using Pierre.Fitness.Goals;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Goals;

/// <summary>A goal, what it asks for, and how far the activities since its start have got.</summary>
internal sealed record TrackedGoal(Goal Goal, GoalSpec Spec, GoalTrack Track);
