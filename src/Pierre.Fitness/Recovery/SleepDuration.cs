namespace Pierre.Fitness.Recovery;

/// <summary>
/// The sleep-duration part shared by the readiness and sleep scores, so both say the same about the same night. Full
/// marks inside the 7–9 h adult recommendation (NSF: Hirshkowitz et al. 2015; Watson et al. 2015), falling linearly to
/// 0 at 4 h and at 12 h. The recommendation is published; the linear fall-off is our own convention.
/// </summary>
public static class SleepDuration
{
    public const string Method = "7–9 h recommended for adults (Hirshkowitz et al. 2015) = 100, linear to 0 at 4 h and 12 h (heuristic fall-off)";

    /// <summary>Score 0–100 for <paramref name="hours"/> asleep: 100 for 7–9 h, (h − 4) / 3 × 100 below, (12 − h) / 3 × 100 above; 0 when not finite.</summary>
    public static double Score(double hours) => hours switch
    {
        >= 7 and <= 9 => 100,
        < 7 => Math.Clamp((hours - 4) / 3, 0, 1) * 100,
        > 9 => Math.Clamp((12 - hours) / 3, 0, 1) * 100,
        _ => 0,
    };
}
