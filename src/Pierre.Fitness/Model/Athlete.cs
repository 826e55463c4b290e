namespace Pierre.Fitness.Model;

/// <summary>The person behind the activities, with the physiological markers the analyses use.</summary>
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
    double? HeightCm = null);

public enum Sex
{
    Unspecified = 0,
    Female,
    Male,
}
