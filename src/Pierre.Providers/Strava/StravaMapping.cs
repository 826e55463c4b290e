using System.Globalization;
using Pierre.Fitness.Model;

namespace Pierre.Providers.Strava;

/// <summary>Strava's athlete and activities as the Pierre.Fitness model.</summary>
internal static class StravaMapping
{
    /// <summary>Strava does not share the athlete's birth date: analyses get a typical adult age instead.</summary>
    public const int DefaultAgeYears = 35;

    /// <summary>Strava does not share resting heart rate: a typical trained adult's.</summary>
    public const int DefaultRestingHeartRate = 60;

    /// <summary>Strava does not share max heart rate: 220 − age (Fox et al., 1971) at the default age.</summary>
    public const int DefaultMaxHeartRate = 220 - DefaultAgeYears;

    /// <summary>Used when the athlete left their weight empty; Strava reports 0 or null then.</summary>
    public const double DefaultWeightKg = 70;

    public static Athlete ToAthlete(StravaAthleteDto athlete) => new(
        athlete.Id.ToString(CultureInfo.InvariantCulture),
        athlete.Firstname ?? "",
        athlete.Lastname ?? "",
        athlete.Sex switch { "M" => Sex.Male, "F" => Sex.Female, _ => Sex.Unspecified },
        DefaultAgeYears,
        athlete.Weight is > 0 and { } weight ? weight : DefaultWeightKg,
        DefaultRestingHeartRate,
        DefaultMaxHeartRate,
        athlete.Ftp is > 0 ? athlete.Ftp : null,
        ThresholdPaceSecondsPerKm: null);

    public static Activity ToActivity(StravaActivityDto a)
    {
        var sportType = string.IsNullOrEmpty(a.SportType) ? a.Type : a.SportType;
        return new Activity(
            a.Id.ToString(CultureInfo.InvariantCulture),
            a.Name ?? "",
            StravaSports.Of(sportType),
            a.StartDate.ToUniversalTime(),
            DurationSeconds: a.MovingTime,
            DistanceMeters: a.Distance,
            ElevationGainMeters: a.TotalElevationGain ?? 0,
            AverageHeartRate: a.AverageHeartrate,
            AveragePowerWatts: a.AverageWatts,
            ElapsedSeconds: a.ElapsedTime,
            MaxHeartRate: a.MaxHeartrate,
            WeightedAveragePowerWatts: a.WeightedAverageWatts,
            DevicePower: a.DeviceWatts,
            PerceivedExertion: a.PerceivedExertion,
            Calories: a.Calories,
            SportType: sportType);
    }
}
