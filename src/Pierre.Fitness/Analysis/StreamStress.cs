using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>A session's stress on the TSS scale, how it was scored, and the power figures behind a power score.</summary>
public sealed record SessionStress(double Stress, StressMethod Method, double? NormalizedPowerWatts, double? IntensityFactor);

public static class StreamStress
{
    /// <summary>
    /// TSS from the stream's Normalized Power and FTP (Coggan) when power was recorded and is positive, else hrTSS from
    /// the mean heart rate and LTHR, else <see cref="ActivityStress"/>'s estimate from the summary. Duration is the
    /// sample count (1 Hz); a NaN power sample counts as 0 W, as a power meter's dropout does.
    /// </summary>
    public static SessionStress Score(ActivityStreams streams, Activity activity, Athlete athlete)
    {
        var seconds = streams.TimeSeconds.Length;
        var lthr = ActivityStress.EstimatedLactateThreshold(athlete);
        if (streams.PowerWatts is { } power && athlete.FtpWatts is { } ftp
            && PowerStress.NormalizedPowerWatts(ZeroFilled(power)) is { } np && np > 0
            && PowerStress.TrainingStressScore(seconds, np, ftp) is { } tss)
        {
            return new SessionStress(tss, StressMethod.Power, np, PowerStress.IntensityFactor(np, ftp));
        }

        if (streams.HeartRate is { } heart && MeanAccumulator.Of(heart) is { } hr
            && HeartRateStress.HeartRateTss(seconds, hr, athlete.RestingHeartRate, lthr) is { } hrTss)
        {
            return new SessionStress(hrTss, StressMethod.HeartRate, null, null);
        }

        var (stress, method) = ActivityStress.Score(activity, athlete, lthr);
        return new SessionStress(stress, method, null, null);
    }

    /// <summary>The samples with every non-finite or negative value replaced by 0.</summary>
    public static double[] ZeroFilled(double[] samples) => [.. samples.Select(s => double.IsFinite(s) && s > 0 ? s : 0)];
}
