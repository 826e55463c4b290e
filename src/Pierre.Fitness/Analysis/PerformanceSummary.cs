using Pierre.Fitness.Model;

namespace Pierre.Fitness.Analysis;

/// <summary>One activity's figures, or the mean of several, as comparisons use them.</summary>
public sealed record PerformanceSummary(
    int Count,
    double DurationSeconds,
    double DistanceMeters,
    double? SpeedMetersPerSecond,
    double? HeartRate,
    double? PowerWatts,
    double? MetersPerBeat)
{
    public double? PaceSecondsPerKm => SpeedMetersPerSecond > 0 ? 1000 / SpeedMetersPerSecond : null;

    /// <summary>Efficiency Factor as speed per heartbeat (m/beat) = 60 × v / HR (Friel's EF, speed over heart rate); null without a positive HR and speed.</summary>
    public static double? Efficiency(double? speedMetersPerSecond, double? heartRate) =>
        speedMetersPerSecond > 0 && heartRate > 0 ? 60 * speedMetersPerSecond / heartRate : null;

    public static PerformanceSummary Of(Activity a) => new(
        1, a.DurationSeconds, a.DistanceMeters, a.AverageSpeedMetersPerSecond, a.AverageHeartRate, a.AveragePowerWatts,
        Efficiency(a.AverageSpeedMetersPerSecond, a.AverageHeartRate));

    /// <summary>The mean of each figure over the activities that have it (each activity weighs the same); null for none.</summary>
    public static PerformanceSummary? Mean(IReadOnlyCollection<Activity> activities)
    {
        if (activities.Count == 0)
        {
            return null;
        }

        var each = activities.Select(Of).ToList();
        static double? MeanOf(IEnumerable<double?> values)
        {
            var present = values.OfType<double>().Where(double.IsFinite).ToList();
            return present.Count > 0 ? present.Average() : null;
        }

        return new PerformanceSummary(
            each.Count,
            each.Average(s => s.DurationSeconds),
            each.Average(s => s.DistanceMeters),
            MeanOf(each.Select(s => s.SpeedMetersPerSecond)),
            MeanOf(each.Select(s => s.HeartRate)),
            MeanOf(each.Select(s => s.PowerWatts)),
            MeanOf(each.Select(s => s.MetersPerBeat)));
    }
}
