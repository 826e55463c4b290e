using Pierre.Fitness.Recovery;

namespace Pierre.Server.Analysis;

/// <summary>How HRV was judged (null method when none was given) and, for a series, the Plews trend.</summary>
internal sealed record HrvReading(string? Method, HrvTrendResult? Trend)
{
    public static readonly HrvReading None = new(null, null);
}
