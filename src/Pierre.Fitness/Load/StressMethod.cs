namespace Pierre.Fitness.Load;

/// <summary>How a session's stress was scored, from the best data it carried.</summary>
public enum StressMethod
{
    /// <summary>Coggan TSS from Normalized Power: the stream's, or the provider's weighted average power.</summary>
    Power,

    /// <summary>Coggan TSS with average power standing in for NP (a summary without weighted power).</summary>
    PowerFromAverage,

    /// <summary>rTSS from normalized graded speed against running threshold pace.</summary>
    RunningPace,

    /// <summary>rTSS from the average speed of a summary (no grade).</summary>
    RunningPaceFromAverage,

    /// <summary>sTSS from swim speed against critical swim speed.</summary>
    SwimPace,

    /// <summary>HRSS from the heart-rate stream.</summary>
    HeartRate,

    /// <summary>HRSS from a summary's average heart rate.</summary>
    HeartRateFromAverage,

    /// <summary>Session RPE × minutes, put on the TSS scale by a stated assumption.</summary>
    SessionRpe,

    /// <summary>A flat 50 per hour when nothing else is known.</summary>
    Duration,
}
