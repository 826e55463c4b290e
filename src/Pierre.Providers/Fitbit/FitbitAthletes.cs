using Pierre.Fitness.Model;

namespace Pierre.Providers.Fitbit;

/// <summary>Fitbit's profile as Pierre's athlete.</summary>
internal static class FitbitAthletes
{
    /// <summary>
    /// The profile does not carry a resting heart rate; 60 bpm, the low end of the adult normal range (AHA), stands
    /// in until a measured one is known. Zone and reserve analyses say they assumed it.
    /// </summary>
    public const int DefaultRestingHeartRate = 60;

    public static Athlete ToAthlete(FitbitUser user)
    {
        var age = user.Age is > 0 ? user.Age.Value : 0;
        return new Athlete(
            user.EncodedId ?? "",
            user.FirstName ?? "",
            user.LastName ?? "",
            user.Gender?.ToUpperInvariant() switch { "MALE" => Sex.Male, "FEMALE" => Sex.Female, _ => Sex.Unspecified },
            age,
            user.Weight ?? 0,
            DefaultRestingHeartRate,
            MaxHeartRate(age),
            FtpWatts: null,
            ThresholdPaceSecondsPerKm: null,
            HeightCm: user.Height is > 0 ? user.Height : null);
    }

    /// <summary>HRmax = 208 − 0.7 × age (bpm, age in years; Tanaka, Monahan &amp; Seals 2001).</summary>
    public static int MaxHeartRate(int ageYears) => (int)Math.Round(208 - (0.7 * ageYears));
}
