using Pierre.Fitness.Configuration;
using Pierre.Fitness.Goals;

namespace Pierre.Server.Goals;

/// <summary>Goals drawn from the last 4 weeks of training and the athlete's training profile.</summary>
internal sealed record SuggestedGoals(string Provider, TrainingProfile Profile, DateOnly Today, IReadOnlyList<GoalSuggestion> Suggestions);
