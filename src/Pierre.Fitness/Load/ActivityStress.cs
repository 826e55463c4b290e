using Pierre.Fitness.Model;

namespace Pierre.Fitness.Load;

/// <summary>How a session's stress was scored.</summary>
public enum StressMethod
{
    Power,
    HeartRate,
    Duration,
}

/// <summary>
/// One stress number per activity, on the TSS scale (an hour at threshold = 100), from the best data available:
/// power TSS when power and FTP are known (average power stands in for NP on summaries, which under-reads variable
/// rides slightly), else hrTSS from heart rate and LTHR, else an estimate of 50 per hour.
/// </summary>
public static class ActivityStress
{
    private const double DurationOnlyPerHour = 50;

    public static (double Stress, StressMethod Method) Score(Activity activity, Athlete athlete, double lactateThresholdHeartRate)
    {
        if (activity.AveragePowerWatts is { } watts && athlete.FtpWatts is { } ftp
            && PowerStress.TrainingStressScore(activity.DurationSeconds, watts, ftp) is { } powerTss)
        {
            return (powerTss, StressMethod.Power);
        }

        if (activity.AverageHeartRate is { } hr
            && HeartRateStress.HeartRateTss(activity.DurationSeconds, hr, athlete.RestingHeartRate, lactateThresholdHeartRate) is { } hrTss)
        {
            return (hrTss, StressMethod.HeartRate);
        }

        return (Math.Max(0, activity.DurationSeconds) / 3600 * DurationOnlyPerHour, StressMethod.Duration);
    }

    /// <summary>The athlete's LTHR, or when none is known 90 % of maximum heart rate (Friel's common field estimate).</summary>
    public static double EstimatedLactateThreshold(Athlete athlete) => athlete.LactateThresholdHeartRate ?? 0.9 * athlete.MaxHeartRate;
}
