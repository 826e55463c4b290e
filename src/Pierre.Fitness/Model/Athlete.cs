namespace Pierre.Fitness.Model;

/// <summary>
/// The person behind the activities, with the physiological markers the analyses use. The positional threshold values
/// are what a provider knows and seed <see cref="Thresholds"/>: an FTP is a cycling figure, a threshold pace a running
/// one, and an LTHR given without a sport counts for both cycling and running.
/// </summary>
public sealed record Athlete(
    string Id,
    string FirstName,
    string LastName,
    Sex Sex,
    int AgeYears,
    double WeightKg,
    int RestingHeartRate,
    int MaxHeartRate,
    double? FtpWatts,
    double? ThresholdPaceSecondsPerKm,
    double? LactateThresholdHeartRate = null,
    double? HeightCm = null)
{
    /// <summary>The thresholds per sport every analysis reads.</summary>
    public SportThresholds Thresholds { get; init; } =
        new(FtpWatts, LactateThresholdHeartRate, LactateThresholdHeartRate, ThresholdPaceSecondsPerKm);

    /// <summary>Cycling FTP (W), the power analyses' anchor.</summary>
    public double? FtpWatts => Thresholds.CyclingFtpWatts;

    /// <summary>Running threshold pace (s/km).</summary>
    public double? ThresholdPaceSecondsPerKm => Thresholds.RunningThresholdPaceSecondsPerKm;

    /// <summary>The cycling LTHR (bpm); see <see cref="SportThresholds.LactateThresholdFor"/> for other sports.</summary>
    public double? LactateThresholdHeartRate => Thresholds.CyclingLthrBpm;
}

public enum Sex
{
    Unspecified = 0,
    Female,
    Male,
}
