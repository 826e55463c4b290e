namespace Pierre.Fitness.Model;

/// <summary>
/// Per-second samples of one activity. Every array has one value per second of <see cref="TimeSeconds"/>; a channel
/// the activity did not record is null.
/// </summary>
public sealed record ActivityStreams(
    string ActivityId,
    int[] TimeSeconds,
    double[] DistanceMeters,
    double[] SpeedMetersPerSecond,
    double[] AltitudeMeters,
    double[]? HeartRate,
    double[]? PowerWatts);
