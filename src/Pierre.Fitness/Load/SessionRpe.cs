namespace Pierre.Fitness.Load;

/// <summary>Session RPE (Foster et al., "A new approach to monitoring exercise training", J Strength Cond Res 15:109–115, 2001).</summary>
public static class SessionRpe
{
    /// <summary>
    /// The stated assumption that puts session RPE on the TSS scale: an hour rated 7 ("very hard" on the CR-10 scale),
    /// 420 AU, is taken as an hour at threshold, 100 TSS. No study published this conversion; it only keeps
    /// RPE-scored sessions comparable with the others in CTL and ATL.
    /// </summary>
    public const double ThresholdHourLoad = 7 * 60;

    /// <summary>Session load (arbitrary units) = RPE (CR-10, 0–10) × minutes (Foster et al. 2001); null outside 0–10 or for a negative duration.</summary>
    public static double? Load(double rpe, double durationSeconds) =>
        rpe is >= 0 and <= 10 && double.IsFinite(durationSeconds) && durationSeconds >= 0 ? rpe * durationSeconds / 60 : null;

    /// <summary>The TSS-scale equivalent of a session RPE load: load × 100 / <see cref="ThresholdHourLoad"/> (an assumption, see there).</summary>
    public static double? TssEquivalent(double rpe, double durationSeconds) =>
        Load(rpe, durationSeconds) is { } load ? load * 100 / ThresholdHourLoad : null;
}
