using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;

namespace Pierre.Server.Analysis;

/// <summary>A short reading of one activity against the athlete's history: session type, training effect, peers, insights.</summary>
internal sealed record ActivityReading(string Provider, Activity Activity, ActivityInsights Insights);
