using Pierre.Fitness.Model;

namespace Pierre.Providers.Strava;

/// <summary>
/// Strava's streams as <see cref="ActivityStreams"/>. Strava samples when the device recorded (often every second,
/// sometimes every few, with gaps at pauses); Pierre wants one value per second, so every channel is linearly
/// interpolated onto each whole second from the first sample to the last. A dropped sample (null) takes the last
/// value before it. Distance, speed and altitude are not optional in the model: an activity without them (indoor)
/// gets zeros; heart rate and power stay null when not recorded.
/// </summary>
internal static class StravaStreams
{
    public const string Keys = "time,distance,velocity_smooth,altitude,heartrate,watts";

    /// <summary>The streams at 1 Hz, or null when Strava has no time stream for the activity.</summary>
    public static ActivityStreams? ToStreams(string activityId, IReadOnlyDictionary<string, StravaStreamDto> streams)
    {
        if (!streams.TryGetValue("time", out var time) || Times(time.Data) is not { Count: > 0 } samples)
        {
            return null;
        }

        var first = samples[0].Seconds;
        var seconds = Enumerable.Range(first, samples[^1].Seconds - first + 1).ToArray();
        double[]? Channel(string key) =>
            streams.TryGetValue(key, out var stream) && stream.Data.Any(v => v is not null)
                ? Resample(samples, stream.Data, seconds)
                : null;

        return new ActivityStreams(
            activityId,
            seconds,
            Channel("distance") ?? new double[seconds.Length],
            Channel("velocity_smooth") ?? new double[seconds.Length],
            Channel("altitude") ?? new double[seconds.Length],
            Channel("heartrate"),
            Channel("watts"));
    }

    /// <summary>The usable time samples: whole seconds, strictly increasing, each with its index in the channels.</summary>
    private static List<(int Seconds, int Index)> Times(double?[] time)
    {
        var samples = new List<(int Seconds, int Index)>(time.Length);
        for (var i = 0; i < time.Length; i++)
        {
            if (time[i] is { } t && (samples.Count == 0 || (int)t > samples[^1].Seconds))
            {
                samples.Add(((int)t, i));
            }
        }

        return samples;
    }

    private static double[] Resample(List<(int Seconds, int Index)> samples, double?[] data, int[] seconds)
    {
        var known = new double[samples.Count];
        var last = data.FirstOrDefault(v => v is not null) ?? 0;
        for (var i = 0; i < samples.Count; i++)
        {
            var index = samples[i].Index;
            last = index < data.Length && data[index] is { } value ? value : last;
            known[i] = last;
        }

        var result = new double[seconds.Length];
        var s = 0;
        for (var i = 0; i < seconds.Length; i++)
        {
            var t = seconds[i];
            while (s + 1 < samples.Count && samples[s + 1].Seconds <= t)
            {
                s++;
            }

            if (s + 1 >= samples.Count || samples[s].Seconds == t)
            {
                result[i] = known[s];
                continue;
            }

            var (t0, t1) = (samples[s].Seconds, samples[s + 1].Seconds);
            result[i] = known[s] + ((known[s + 1] - known[s]) * (t - t0) / (t1 - t0));
        }

        return result;
    }
}
