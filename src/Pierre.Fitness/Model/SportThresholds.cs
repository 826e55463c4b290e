namespace Pierre.Fitness.Model;

/// <summary>
/// Threshold markers kept per sport, because they differ between sports for the same person (running LTHR usually
/// sits above cycling LTHR; Friel, "The Triathlete's Training Bible") and one sport's data must not set another's.
/// </summary>
public sealed record SportThresholds(
    double? CyclingFtpWatts = null,
    double? CyclingLthrBpm = null,
    double? RunningLthrBpm = null,
    double? RunningThresholdPaceSecondsPerKm = null,
    double? SwimmingCssSecondsPer100m = null)
{
    public static SportThresholds None { get; } = new();

    /// <summary>
    /// The LTHR that scores a session of <paramref name="sport"/>: the cycling one for rides, the running one for runs,
    /// and for other sports the cycling one, else the running one (neither has a published value for them).
    /// </summary>
    public double? LactateThresholdFor(Sport sport) => sport switch
    {
        Sport.Ride => CyclingLthrBpm,
        Sport.Run => RunningLthrBpm,
        _ => CyclingLthrBpm ?? RunningLthrBpm,
    };

    /// <summary>Each value of this record, or <paramref name="fallback"/>'s where this one has none.</summary>
    public SportThresholds Or(SportThresholds fallback) => new(
        CyclingFtpWatts ?? fallback.CyclingFtpWatts,
        CyclingLthrBpm ?? fallback.CyclingLthrBpm,
        RunningLthrBpm ?? fallback.RunningLthrBpm,
        RunningThresholdPaceSecondsPerKm ?? fallback.RunningThresholdPaceSecondsPerKm,
        SwimmingCssSecondsPer100m ?? fallback.SwimmingCssSecondsPer100m);
}
