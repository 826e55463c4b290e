using System.Globalization;
using Pierre.Fitness.Model;

namespace Pierre.Providers.Fitbit;

/// <summary>Fitbit activity logs as Pierre activities.</summary>
internal static class FitbitActivities
{
    public const double MetersPerKilometer = 1000;

    /// <summary>International mile: 1 mi = 1609.344 m exactly (NIST SP 811).</summary>
    public const double MetersPerMile = 1609.344;

    public static Activity ToActivity(FitbitActivityLog log)
    {
        var name = string.IsNullOrWhiteSpace(log.ActivityName) ? "Activity" : log.ActivityName;
        var elapsed = log.Duration is { } duration ? duration / 1000.0 : (double?)null;
        return new Activity(
            log.LogId.ToString(CultureInfo.InvariantCulture),
            name,
            SportOf(name),
            log.StartTime,
            log.ActiveDuration is { } active ? active / 1000.0 : elapsed ?? 0,
            Meters(log.Distance, log.DistanceUnit),
            ElevationGainMeters: log.ElevationGain ?? 0,
            AverageHeartRate: log.AverageHeartRate is > 0 ? log.AverageHeartRate : null,
            ElapsedSeconds: elapsed,
            Calories: log.Calories,
            SportType: name);
    }

    /// <summary>Fitbit's activity names ("Run", "Treadmill", "Outdoor Bike", "Spinning"…) as Pierre's sports.</summary>
    public static Sport SportOf(string activityName) => activityName.Trim().ToUpperInvariant() switch
    {
        "RUN" or "RUNNING" or "TREADMILL" or "TRAIL RUN" => Sport.Run,
        "BIKE" or "BIKING" or "OUTDOOR BIKE" or "SPINNING" or "CYCLING" => Sport.Ride,
        "SWIM" or "SWIMMING" => Sport.Swim,
        "WALK" or "WALKING" => Sport.Walk,
        "HIKE" or "HIKING" => Sport.Hike,
        _ => Sport.Other,
    };

    /// <summary>A distance in Fitbit's unit ("Kilometer" or "Mile") in meters; 0 when the log has none.</summary>
    public static double Meters(double? distance, string? unit) => distance is not { } value || value <= 0 ? 0 : unit switch
    {
        _ when string.Equals(unit, "Mile", StringComparison.OrdinalIgnoreCase) => value * MetersPerMile,
        _ when string.Equals(unit, "Meter", StringComparison.OrdinalIgnoreCase) => value,
        _ => value * MetersPerKilometer,
    };
}
