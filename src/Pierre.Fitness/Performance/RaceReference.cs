namespace Pierre.Fitness.Performance;

/// <summary>
/// The reference a race prediction starts from: the athlete's best run by VDOT, leaving out runs within
/// <see cref="TargetTolerance"/> of the target distance, so that a prediction never echoes the very race it predicts.
/// </summary>
public static class RaceReference
{
    /// <summary>Runs within ±10 % of the target distance are not references for it.</summary>
    public const double TargetTolerance = 0.10;

    /// <summary>True when |meters − target| ≤ 10 % of the target.</summary>
    public static bool NearTarget(double meters, double targetMeters) => Math.Abs(meters - targetMeters) <= TargetTolerance * targetMeters;

    /// <summary>The effort of at least <paramref name="minMeters"/> with the highest VDOT, not near the target; null when there is none.</summary>
    public static (RaceEffort Effort, double Vdot)? Best(IEnumerable<RaceEffort> efforts, double targetMeters, double minMeters) =>
        efforts
            .Where(e => e.Meters >= minMeters && !NearTarget(e.Meters, targetMeters))
            .Select(e => (Effort: e, Vdot: Vdot.FromRace(e.Meters, e.Seconds)))
            .Where(x => x.Vdot is not null)
            .OrderByDescending(x => x.Vdot)
            .Select(x => ((RaceEffort, double)?)(x.Effort, x.Vdot!.Value))
            .FirstOrDefault();
}
