using Pierre.Fitness.Analysis;
using Pierre.Fitness.Configuration;

namespace Pierre.Server.Analysis;

/// <summary>The patterns of the requested weeks, judged against the athlete's training profile.</summary>
internal sealed record DetectedPatterns(string Provider, int Weeks, TrainingProfile Profile, TrainingPatterns Patterns);
