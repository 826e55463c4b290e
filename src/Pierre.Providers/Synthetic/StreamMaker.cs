using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// 1 Hz samples for a synthetic activity whose averages match its summary: steady efforts wander a little, interval
/// sessions alternate 3-minute efforts with 2-minute recoveries, heart rate lags effort, and the route rolls.
/// </summary>
internal static class StreamMaker
{
    private const int IntervalPeriodSeconds = 300;
    private const int IntervalWorkSeconds = 180;

    public static ActivityStreams Make(Activity activity, Random random)
    {
        var n = Math.Max(1, (int)activity.DurationSeconds);
        var intervals = activity.Name.Contains("interval", StringComparison.OrdinalIgnoreCase);
        var shape = new double[n];
        for (var t = 0; t < n; t++)
        {
            var wander = 0.04 * Math.Sin((t / 97.0) + random.NextDouble() * 0.2);
            shape[t] = (intervals ? (t % IntervalPeriodSeconds < IntervalWorkSeconds ? 1.12 : 0.82) : 1.0) + wander;
        }

        var mean = shape.Average();
        var speed = new double[n];
        var distance = new double[n];
        var altitude = new double[n];
        var heart = activity.AverageHeartRate is null ? null : new double[n];
        var power = activity.AveragePowerWatts is null ? null : new double[n];
        var averageSpeed = activity.AverageSpeedMetersPerSecond ?? 0;
        var climbAmplitude = activity.ElevationGainMeters / Math.Max(1, n / 600.0) / 2;
        double covered = 0, effortLag = 1;
        for (var t = 0; t < n; t++)
        {
            var effort = shape[t] / mean;
            speed[t] = averageSpeed * effort;
            covered += speed[t];
            distance[t] = covered;
            altitude[t] = 100 + (climbAmplitude * Math.Sin(2 * Math.PI * t / 600.0));
            effortLag += (effort - effortLag) / 30;
            if (heart is not null)
            {
                heart[t] = activity.AverageHeartRate!.Value * (0.9 + (0.1 * effortLag));
            }

            if (power is not null)
            {
                power[t] = activity.AveragePowerWatts!.Value * effort;
            }
        }

        Rescale(heart, activity.AverageHeartRate);
        return new ActivityStreams(activity.Id, [.. Enumerable.Range(0, n)], distance, speed, altitude, heart, power);
    }

    private static void Rescale(double[]? samples, double? average)
    {
        if (samples is null || average is not { } target || samples.Average() is var actual && actual <= 0)
        {
            return;
        }

        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = Math.Round(samples[i] * target / actual, 1);
        }
    }
}
