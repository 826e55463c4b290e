using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;

namespace Pierre.Server.Analysis;

/// <summary>What one activity's streams say, for the athlete as configured, and where each threshold behind it came from.</summary>
internal sealed record AnalyzedActivity(string Provider, Activity Activity, ActivityAnalysis Analysis, IReadOnlyDictionary<string, string> ThresholdSources);
