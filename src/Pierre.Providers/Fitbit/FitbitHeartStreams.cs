using Pierre.Fitness.Model;

namespace Pierre.Providers.Fitbit;

/// <summary>Fitbit's intraday heart rate over an activity's window as a 1 Hz stream.</summary>
internal static class FitbitHeartStreams
{
    /// <summary>How long a sample stands for the seconds after it; a longer gap is the watch losing contact.</summary>
    public const int MaxCarrySeconds = 60;

    /// <summary>
    /// One value per second from the activity's start: each sample holds until the next (Fitbit records every 1–15 s)
    /// for at most <see cref="MaxCarrySeconds"/>, and seconds with no sample before them are NaN (a dropout). Fitbit records no distance, speed or altitude here, so those arrays are
    /// NaN throughout: the analyses treat non-finite samples as missing. Null when no sample falls in the window.
    /// </summary>
    public static ActivityStreams? Of(Activity activity, IReadOnlyList<FitbitIntradaySample> samples)
    {
        var seconds = (int)Math.Ceiling(activity.ElapsedSeconds ?? activity.DurationSeconds);
        if (seconds <= 0)
        {
            return null;
        }

        var start = activity.StartTime.TimeOfDay;
        var heart = new double[seconds];
        Array.Fill(heart, double.NaN);
        var any = false;
        foreach (var sample in samples.OrderBy(s => s.Time))
        {
            var offset = (int)Math.Round((sample.Time.ToTimeSpan() - start).TotalSeconds);
            if (offset < 0 || offset >= seconds || sample.Value <= 0)
            {
                continue;
            }

            heart.AsSpan(offset, Math.Min(seconds - offset, MaxCarrySeconds)).Fill(sample.Value);
            any = true;
        }

        return any
            ? new ActivityStreams(activity.Id, [.. Enumerable.Range(0, seconds)], Missing(seconds), Missing(seconds), Missing(seconds), heart, null)
            : null;
    }

    private static double[] Missing(int seconds)
    {
        var values = new double[seconds];
        Array.Fill(values, double.NaN);
        return values;
    }
}
