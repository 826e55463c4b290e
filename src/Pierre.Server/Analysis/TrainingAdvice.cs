using Pierre.Fitness.Analysis;
using Pierre.Fitness.Configuration;

namespace Pierre.Server.Analysis;

/// <summary>Prioritised recommendations and the load, profile and window they were drawn from.</summary>
internal sealed record TrainingAdvice(string Provider, DateOnly Date, TrainingProfile Profile, int Weeks, LoadState Load, IReadOnlyList<Recommendation> Recommendations);
