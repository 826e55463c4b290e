namespace Pierre.Fitness.Load;

/// <summary>The name results carry for each <see cref="StressMethod"/>, and the method with its reference.</summary>
public static class StressMethods
{
    /// <summary>The snake_case name of <paramref name="method"/> (power_from_average, session_rpe, …).</summary>
    public static string Name(StressMethod method) => method switch
    {
        StressMethod.Power => "power",
        StressMethod.PowerFromAverage => "power_from_average",
        StressMethod.RunningPace => "running_pace",
        StressMethod.RunningPaceFromAverage => "running_pace_from_average",
        StressMethod.SwimPace => "swim_pace",
        StressMethod.HeartRate => "heart_rate",
        StressMethod.HeartRateFromAverage => "heart_rate_from_average",
        StressMethod.SessionRpe => "session_rpe",
        _ => "duration",
    };

    /// <summary>What <paramref name="method"/> computes, with its reference and its known bias.</summary>
    public static string Describe(StressMethod method) => method switch
    {
        StressMethod.Power => "Coggan TSS = hours × IF² × 100, IF = NP / cycling FTP, NP from the power stream or the provider's weighted average power (Allen & Coggan 2010)",
        StressMethod.PowerFromAverage =>
            "Coggan TSS estimated from average power in place of NP (Allen & Coggan 2010): under-reads by 1/VI² on variable rides",
        StressMethod.RunningPace => "rTSS = hours × IF² × 100, IF = normalized graded speed / threshold speed (TrainingPeaks' rTSS; grade cost after Minetti et al. 2002)",
        StressMethod.RunningPaceFromAverage => "rTSS from average speed against threshold pace (TrainingPeaks' rTSS without grade): under-reads hilly or variable runs",
        StressMethod.SwimPace => "sTSS = IF³ × hours × 100, IF = swim speed / CSS speed (TrainingPeaks' swim TSS)",
        StressMethod.HeartRate => "HRSS = 100 × ΣTRIMP ÷ TRIMP of one hour at the sport's LTHR, Banister TRIMP per second of the heart-rate stream",
        StressMethod.HeartRateFromAverage =>
            "HRSS from average heart rate: 100 × TRIMP(average HR) ÷ TRIMP of one hour at the sport's LTHR (Banister); under-reads variable sessions",
        StressMethod.SessionRpe =>
            "session RPE = CR-10 RPE × minutes (Foster et al. 2001), on the TSS scale by the assumption that an hour at RPE 7 (420 AU) = 100",
        _ => "heuristic: 50 per hour when neither power, pace, heart rate nor perceived exertion is known",
    };
}
