using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

public enum Effort
{
    Recovery,
    Easy,
    Moderate,
    Hard,
    VeryHard,
}

/// <summary>How hard a session was, in five words, from intensity relative to threshold or to the heart-rate reserve.</summary>
public static class EffortLevel
{
    /// <summary>From Intensity Factor on Coggan's power zones: &lt; 0.55 recovery, &lt; 0.75 easy, &lt; 0.90 moderate (tempo), &lt; 1.05 hard (threshold), else very hard (Allen &amp; Coggan 2010).</summary>
    public static Effort? FromIntensityFactor(double intensityFactor) => intensityFactor switch
    {
        double.NaN or < 0 or double.PositiveInfinity => null,
        < 0.55 => Effort.Recovery,
        < 0.75 => Effort.Easy,
        < 0.90 => Effort.Moderate,
        < 1.05 => Effort.Hard,
        _ => Effort.VeryHard,
    };

    /// <summary>From the heart-rate reserve fraction on Karvonen's zones (Karvonen et al. 1957): &lt; 0.60 recovery, &lt; 0.70 easy, &lt; 0.80 moderate, &lt; 0.90 hard, else very hard.</summary>
    public static Effort? FromHeartRateReserve(double fraction) => fraction switch
    {
        double.NaN or < 0 or double.PositiveInfinity => null,
        < 0.60 => Effort.Recovery,
        < 0.70 => Effort.Easy,
        < 0.80 => Effort.Moderate,
        < 0.90 => Effort.Hard,
        _ => Effort.VeryHard,
    };

    /// <summary>From an activity's summary: average power over FTP when both are known, else the average heart rate's reserve fraction; null without either.</summary>
    public static Effort? OfSummary(Activity activity, Athlete athlete)
    {
        if (activity.AveragePowerWatts is { } watts && athlete.FtpWatts is { } ftp && PowerStress.IntensityFactor(watts, ftp) is { } intensity)
        {
            return FromIntensityFactor(intensity);
        }

        return activity.AverageHeartRate is { } hr && HeartRateStress.ReserveFraction(hr, athlete.RestingHeartRate, athlete.MaxHeartRate) is { } reserve
            ? FromHeartRateReserve(reserve)
            : null;
    }

    public static string Label(Effort effort) => effort == Effort.VeryHard ? "very hard" : effort.ToString().ToLowerInvariant();

    /// <summary>Seiler's "hard" side of 80/20: threshold and above.</summary>
    public static bool IsHard(Effort effort) => effort >= Effort.Hard;
}
