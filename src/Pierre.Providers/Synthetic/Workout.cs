namespace Pierre.Providers.Synthetic;

/// <summary>
/// A session's recipe: the fixed <see cref="Core"/> (intervals, a test) between a warm-up and a cool-down at
/// <see cref="FillLevel"/> that take whatever time is left, or, with no core, one steady stretch. Recovery weeks and
/// tapers shorten the fill and keep the core (Mujika and Padilla 2003: cut volume, keep intensity).
/// </summary>
internal sealed record Workout(
    SessionKind Kind,
    IReadOnlyList<Segment> Core,
    double FillLevel,
    double FillTerrain,
    double WarmUpShare,
    double BaseFillSeconds,
    double DriftPercentPerHour,
    int PerceivedExertion)
{
    public double CoreSeconds => Core.Sum(s => s.Seconds);

    /// <summary>The segments of a session lasting <paramref name="totalSeconds"/>.</summary>
    public IReadOnlyList<Segment> Over(double totalSeconds)
    {
        var fill = Math.Max(0, totalSeconds - CoreSeconds);
        return Core.Count == 0
            ? [new Segment(totalSeconds, FillLevel, FillTerrain)]
            : [new Segment(fill * WarmUpShare, FillLevel, FillTerrain), .. Core, new Segment(fill * (1 - WarmUpShare), FillLevel, FillTerrain)];
    }
}
