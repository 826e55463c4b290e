using Pierre.Fitness.Performance;

namespace Pierre.Server.Analysis;

/// <summary>The fitted line of a <see cref="TrendRequest"/> and what it says: improving, declining or flat, and how it was fitted.</summary>
internal sealed record PerformanceTrend(string Provider, string Sport, string Metric, int Weeks, TrendLine Line, string Direction, string Method);
