namespace Pierre.Fitness.Model;

/// <summary>One recorded activity, in SI units, as every provider maps it.</summary>
public sealed record Activity(
    string Id,
    string Name,
    Sport Sport,
    DateTimeOffset StartTime,
    double DurationSeconds,
    double DistanceMeters,
    double ElevationGainMeters = 0,
    double? AverageHeartRate = null,
    double? AveragePowerWatts = null)
{
    /// <summary>Average speed in m/s, or null when duration or distance is not positive.</summary>
    public double? AverageSpeedMetersPerSecond =>
        DurationSeconds > 0 && DistanceMeters > 0 ? DistanceMeters / DurationSeconds : null;

    /// <summary>Pace in seconds per kilometre, or null when it is undefined.</summary>
    public double? PaceSecondsPerKilometer =>
        AverageSpeedMetersPerSecond is { } speed ? 1000 / speed : null;
}
