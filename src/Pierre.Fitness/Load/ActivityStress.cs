using Pierre.Fitness.Model;

namespace Pierre.Fitness.Load;

/// <summary>
/// One stress number per activity summary, on the TSS scale (an hour at threshold = 100), from the best data it carries
/// and the thresholds of its own sport: a ride's power against cycling FTP (NP from the provider's weighted average
/// power, else average power, labelled), a swim's speed against CSS, HRSS from the average heart rate against the
/// sport's LTHR, a run's average pace against threshold pace, session RPE, and last an estimate of 50 per hour. On a
/// summary average heart rate goes before average pace, which cannot see hills.
/// </summary>
public static class ActivityStress
{
    private const double DurationOnlyPerHour = 50;
    private const double DefaultThresholdFraction = 0.9;

    public static (double Stress, StressMethod Method) Score(Activity activity, Athlete athlete)
    {
        var thresholds = athlete.Thresholds;
        var seconds = activity.DurationSeconds;
        if (activity.Sport == Sport.Ride && thresholds.CyclingFtpWatts is { } ftp)
        {
            if (activity.WeightedAveragePowerWatts is > 0 and { } np && PowerStress.TrainingStressScore(seconds, np, ftp) is { } tss)
            {
                return (tss, StressMethod.Power);
            }

            if (activity.AveragePowerWatts is > 0 and { } watts && PowerStress.TrainingStressScore(seconds, watts, ftp) is { } estimated)
            {
                return (estimated, StressMethod.PowerFromAverage);
            }
        }

        if (Swim(activity, athlete) is { } swim)
        {
            return (swim, StressMethod.SwimPace);
        }

        if (activity.AverageHeartRate is > 0 and { } hr
            && HeartRateStress.HeartRateStressScore(seconds, hr, athlete.RestingHeartRate, athlete.MaxHeartRate, LactateThreshold(athlete, activity.Sport), athlete.Sex) is { } hrss)
        {
            return (hrss, StressMethod.HeartRateFromAverage);
        }

        if (activity.Sport == Sport.Run && thresholds.RunningThresholdPaceSecondsPerKm is { } pace && activity.AverageSpeedMetersPerSecond is { } speed
            && RunningStress.TrainingStressScore(seconds, speed, pace) is { } rtss)
        {
            return (rtss, StressMethod.RunningPaceFromAverage);
        }

        if (activity.PerceivedExertion is { } rpe && SessionRpe.TssEquivalent(rpe, seconds) is { } load)
        {
            return (load, StressMethod.SessionRpe);
        }

        return (Math.Max(0, seconds) / 3600 * DurationOnlyPerHour, StressMethod.Duration);
    }

    /// <summary>sTSS of a swim against the athlete's CSS, or null when it is not a swim or CSS or distance is unknown.</summary>
    public static double? Swim(Activity activity, Athlete athlete) =>
        activity.Sport == Sport.Swim && athlete.Thresholds.SwimmingCssSecondsPer100m is { } css
            ? SwimStress.TrainingStressScore(activity.DurationSeconds, activity.DistanceMeters, css)
            : null;

    /// <summary>
    /// The LTHR that scores a session of <paramref name="sport"/> (<see cref="SportThresholds.LactateThresholdFor"/>),
    /// or when none is known the default of 90 % of maximum heart rate (a common field rule of thumb, not a measurement).
    /// </summary>
    public static double LactateThreshold(Athlete athlete, Sport sport) =>
        athlete.Thresholds.LactateThresholdFor(sport) ?? DefaultLactateThreshold(athlete);

    /// <summary>90 % of maximum heart rate, the stand-in when no LTHR is set or estimated.</summary>
    public static double DefaultLactateThreshold(Athlete athlete) => DefaultThresholdFraction * athlete.MaxHeartRate;
}
