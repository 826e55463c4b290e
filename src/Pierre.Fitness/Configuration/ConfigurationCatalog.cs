using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Configuration;

/// <summary>Every per-user setting, with the physiological bounds outside which a value is refused.</summary>
public static class ConfigurationCatalog
{
    public static IReadOnlyList<ConfigurationParameter> Parameters { get; } =
    [
        Number("age_years", "integer", "years", 10, 100, o => o.AgeYears, "Age; drives age-predicted maximum heart rate and resting energy."),
        new("sex", "string", null, null, null, ["female", "male", "unspecified"], "Selects sex-specific TRIMP factors and energy equations."),
        Number("weight_kg", "number", "kg", 25, 300, o => o.WeightKg, "Body mass for energy, macros and W/kg."),
        Number("height_cm", "number", "cm", 100, 250, o => o.HeightCm, "Height for resting energy (Mifflin–St Jeor)."),
        Number("resting_heart_rate", "integer", "bpm", 25, 120, o => o.RestingHeartRate, "Morning resting heart rate; the floor of heart-rate reserve."),
        Number("max_heart_rate", "integer", "bpm", 100, 230, o => o.MaxHeartRate, "Measured maximum heart rate; replaces any estimate."),
        new("max_hr_formula", "string", null, null, null, ["tanaka", "fox", "nes", "gulati"], "Estimate maximum heart rate from age with this formula when no measured maximum is set."),
        Number(CyclingFtpWatts, "number", "W", 30, 600, o => o.CyclingFtpWatts, "Cycling functional threshold power; ride power TSS is 100 for an hour at it."),
        Number(CyclingLthrBpm, "integer", "bpm", 80, 220, o => o.CyclingLthrBpm, "Cycling heart rate at lactate threshold (LTHR); a ride's HRSS is 100 for an hour at it."),
        Number(RunningLthrBpm, "integer", "bpm", 80, 220, o => o.RunningLthrBpm, "Running heart rate at lactate threshold (LTHR, usually a few bpm above cycling's); a run's HRSS is 100 for an hour at it."),
        Number(RunningThresholdPaceSPerKm, "number", "s/km", 150, 900, o => o.RunningThresholdPaceSecondsPerKm, "Running threshold pace (about one-hour race pace); rTSS is 100 for an hour at it on the flat."),
        Number(SwimmingCssSPer100m, "number", "s/100m", 50, 300, o => o.SwimmingCssSecondsPer100m, "Swimming critical swim speed as a pace (CSS); swim TSS is 100 for an hour at it."),
    ];

    public const string CyclingFtpWatts = "cycling_ftp_watts";
    public const string CyclingLthrBpm = "cycling_lthr_bpm";
    public const string RunningLthrBpm = "running_lthr_bpm";
    public const string RunningThresholdPaceSPerKm = "running_threshold_pace_s_per_km";
    public const string SwimmingCssSPer100m = "swimming_css_s_per_100m";

    /// <summary>
    /// Keys earlier versions stored, and the key each now means: an FTP or LTHR set without a sport was a cycling
    /// figure (power TSS was a ride's), a threshold pace a running one.
    /// </summary>
    public static IReadOnlyDictionary<string, string> RenamedKeys { get; } = new Dictionary<string, string>
    {
        ["ftp_watts"] = CyclingFtpWatts,
        ["lactate_threshold_heart_rate"] = CyclingLthrBpm,
        ["threshold_pace_s_per_km"] = RunningThresholdPaceSPerKm,
    };

    public static ConfigurationParameter? Find(string key) => Parameters.FirstOrDefault(p => p.Key == key);

    public static string Name(MaxHeartRateFormula formula) => formula.ToString().ToLowerInvariant();

    private static ConfigurationParameter Number(string key, string type, string unit, double min, double max, Func<PhysiologyOverrides, double?> read, string description) =>
        new(key, type, unit, min, max, null, description) { Read = read };
}
