using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>A session's stress on the TSS scale, how it was scored, and the power figures behind a power score.</summary>
public sealed record SessionStress(double Stress, StressMethod Method, double? NormalizedPowerWatts, double? IntensityFactor);

public static class StreamStress
{
    /// <summary>
    /// From the streams and the thresholds of the activity's own sport: a ride's TSS from the stream's Normalized Power
    /// and cycling FTP (Coggan); a run's rTSS from normalized graded speed and threshold pace; a swim's sTSS against CSS;
    /// else HRSS from the heart-rate stream and the sport's LTHR; else <see cref="ActivityStress"/>'s score of the
    /// summary. Duration is the sample count (1 Hz); a NaN power sample counts as 0 W, as a power meter's dropout does.
    /// </summary>
    public static SessionStress Score(ActivityStreams streams, Activity activity, Athlete athlete)
    {
        var seconds = streams.TimeSeconds.Length;
        var thresholds = athlete.Thresholds;
        if (activity.Sport == Sport.Ride && streams.PowerWatts is { } power && thresholds.CyclingFtpWatts is { } ftp
            && PowerStress.NormalizedPowerWatts(ZeroFilled(power)) is { } np && np > 0
            && PowerStress.TrainingStressScore(seconds, np, ftp) is { } tss)
        {
            return new SessionStress(tss, StressMethod.Power, np, PowerStress.IntensityFactor(np, ftp));
        }

        if (activity.Sport == Sport.Run && thresholds.RunningThresholdPaceSecondsPerKm is { } pace
            && RunningStress.NormalizedGradedSpeedMetersPerSecond(streams.SpeedMetersPerSecond, streams.AltitudeMeters, streams.DistanceMeters) is > 0 and { } graded
            && RunningStress.TrainingStressScore(seconds, graded, pace) is { } rtss)
        {
            return new SessionStress(rtss, StressMethod.RunningPace, null, RunningStress.IntensityFactor(graded, pace));
        }

        if (ActivityStress.Swim(activity, athlete) is { } swim)
        {
            return new SessionStress(swim, StressMethod.SwimPace, null, null);
        }

        if (streams.HeartRate is { } heart && heart.Any(b => double.IsFinite(b) && b > 0)
            && HeartRateStress.HeartRateStressScore(
                heart, athlete.RestingHeartRate, athlete.MaxHeartRate, ActivityStress.LactateThreshold(athlete, activity.Sport), athlete.Sex) is { } hrss)
        {
            return new SessionStress(hrss, StressMethod.HeartRate, null, null);
        }

        var (stress, method) = ActivityStress.Score(activity, athlete);
        return new SessionStress(stress, method, null, null);
    }

    /// <summary>The samples with every non-finite or negative value replaced by 0.</summary>
    public static double[] ZeroFilled(double[] samples) => [.. samples.Select(s => double.IsFinite(s) && s > 0 ? s : 0)];
}
