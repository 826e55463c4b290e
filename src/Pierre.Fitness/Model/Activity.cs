namespace Pierre.Fitness.Model;

/// <summary>
/// One recorded activity, in SI units, as every provider maps it. <see cref="DurationSeconds"/> is the moving time;
/// <see cref="ElapsedSeconds"/> the clock time from start to finish, pauses included, when the provider says.
/// <see cref="SportType"/> keeps the provider's own finer type (TrailRun, VirtualRide, WeightTraining).
/// </summary>
public sealed record Activity(
    string Id,
    string Name,
    Sport Sport,
    DateTimeOffset StartTime,
    double DurationSeconds,
    double DistanceMeters,
    double ElevationGainMeters = 0,
    double? AverageHeartRate = null,
    double? AveragePowerWatts = null,
    double? ElapsedSeconds = null,
    double? MaxHeartRate = null,
    double? WeightedAveragePowerWatts = null,
    bool? DevicePower = null,
    double? PerceivedExertion = null,
    double? Calories = null,
    string? SportType = null)
{
    /// <summary>Average speed in m/s, or null when duration or distance is not positive.</summary>
    public double? AverageSpeedMetersPerSecond =>
        DurationSeconds > 0 && DistanceMeters > 0 ? DistanceMeters / DurationSeconds : null;

    /// <summary>Pace in seconds per kilometre, or null when it is undefined.</summary>
    public double? PaceSecondsPerKilometer =>
        AverageSpeedMetersPerSecond is { } speed ? 1000 / speed : null;
}
