using Pierre.Fitness.Model;

namespace Pierre.Providers.Synthetic;

/// <summary>
/// 1 Hz samples of a synthetic activity from the same <see cref="Workout"/> as its summary, whose averages they keep:
/// output follows the segments, swings with the terrain (two slow sines, so NP/AP is
/// <see cref="Workouts.VariabilityIndex"/>) and jitters second to second; heart rate lags and drifts
/// (<see cref="HeartRateModel"/>); the route rolls.
/// </summary>
internal static class StreamMaker
{
    public static ActivityStreams Make(SyntheticPhysiology p, Activity activity, Workout workout, SeededRandom random)
    {
        var n = Math.Max(1, (int)activity.DurationSeconds);
        var segments = workout.Over(n);
        var (periodA, periodB) = (Loop(n, 240 + random.Next(600)), Loop(n, 90 + random.Next(150)));
        var (phaseA, phaseB) = (random.NextDouble() * 2 * Math.PI, random.NextDouble() * 2 * Math.PI);
        var speed = new double[n];
        var distance = new double[n];
        var altitude = new double[n];
        var heart = activity.AverageHeartRate is null ? null : new double[n];
        var power = activity.AveragePowerWatts is null ? null : new double[n];
        var climbAmplitude = activity.ElevationGainMeters / Math.Max(1, n / 600.0) / 2;
        var waveA = new Wave(periodA, phaseA);
        var waveB = new Wave(periodB, phaseB);
        var hill = new Wave(600, 0);
        var h = HeartRateModel.Start(p);
        var t = 0;
        double end = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            end += segment.Seconds;
            var last = i == segments.Count - 1 ? n : Math.Min(n, (int)Math.Round(end));
            var baseSpeed = activity.Sport switch
            {
                Sport.Ride => Math.Cbrt(segment.Level),
                Sport.Run => SyntheticPhysiology.RunningSpeed(segment.Level, p.Vdot),
                _ => segment.Level,
            };
            var speedSwing = activity.Sport == Sport.Ride ? -0.5 * segment.Terrain : segment.Terrain;
            var steady = HeartRateModel.Steady(p, activity.Sport, segment.Level);
            for (; t < last; t++)
            {
                var m = Math.Sqrt(2) * ((0.8 * waveA.Next()) + (0.6 * waveB.Next()));
                var jitter = random.NextDouble() - 0.5;
                speed[t] = baseSpeed * (1 + (speedSwing * m));
                altitude[t] = 100 + (climbAmplitude * hill.Next());
                if (power is not null)
                {
                    power[t] = Math.Max(0, segment.Level * (1 + (segment.Terrain * m) + (0.1 * jitter)));
                }

                if (heart is not null)
                {
                    var target = steady * HeartRateModel.Drift(workout.DriftPercentPerHour, t);
                    h += (target - h) / (target > h ? HeartRateModel.RiseSeconds : HeartRateModel.FallSeconds);
                    heart[t] = h + (2 * jitter);
                }
            }
        }

        Rescale(speed, activity.AverageSpeedMetersPerSecond ?? 0, digits: 3);
        Rescale(power, activity.AveragePowerWatts, digits: 0);
        Rescale(heart, activity.AverageHeartRate, digits: 0);
        double covered = 0;
        for (var second = 0; second < n; second++)
        {
            covered += speed[second];
            distance[second] = covered;
            if (heart is not null)
            {
                heart[second] = Math.Min(heart[second], p.Athlete.MaxHeartRate);
            }
        }

        return new ActivityStreams(activity.Id, [.. Enumerable.Range(0, n)], distance, speed, altitude, heart, power);
    }

    /// <summary>
    /// The period nearest <paramref name="seconds"/> that fits an even number of times into the session: the route is a
    /// loop ridden out and back, so each half has the same hills and only the body changes between them.
    /// </summary>
    private static double Loop(int n, int seconds) => n / (2.0 * Math.Max(1, Math.Round(n / (2.0 * seconds))));

    private static void Rescale(double[]? samples, double? average, int digits)
    {
        if (samples is null || average is not { } target || samples.Average() is var actual && actual <= 0)
        {
            return;
        }

        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = Math.Round(samples[i] * target / actual, digits);
        }
    }

    /// <summary>sin(2πt/period + phase) for t = 0, 1, 2, … by rotation, one multiply-add per sample instead of a sine.</summary>
    private struct Wave(double period, double phase)
    {
        private readonly double _cos = Math.Cos(2 * Math.PI / period);
        private readonly double _sin = Math.Sin(2 * Math.PI / period);
        private double _x = Math.Cos(phase);
        private double _y = Math.Sin(phase);

        public double Next()
        {
            var value = _y;
            (_x, _y) = ((_x * _cos) - (_y * _sin), (_y * _cos) + (_x * _sin));
            return value;
        }
    }
}
