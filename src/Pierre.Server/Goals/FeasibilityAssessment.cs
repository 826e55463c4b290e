using Pierre.Fitness.Goals;

namespace Pierre.Server.Goals;

/// <summary>A goal judged against the last 4 weeks of training at the training profile's safe rate of progression.</summary>
internal sealed record FeasibilityAssessment(string Provider, string Title, GoalSpec Spec, FeasibilityReport Report, DateOnly Today);
