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
        Number("lactate_threshold_heart_rate", "integer", "bpm", 80, 220, o => o.LactateThresholdHeartRate, "Heart rate at lactate threshold (LTHR); hrTSS is 100 for an hour at it."),
        Number("ftp_watts", "number", "W", 30, 600, o => o.FtpWatts, "Functional threshold power; power TSS is 100 for an hour at it."),
        Number("threshold_pace_s_per_km", "number", "s/km", 150, 900, o => o.ThresholdPaceSecondsPerKm, "Running threshold pace (about one-hour race pace)."),
    ];

    public static ConfigurationParameter? Find(string key) => Parameters.FirstOrDefault(p => p.Key == key);

    public static string Name(MaxHeartRateFormula formula) => formula.ToString().ToLowerInvariant();

    private static ConfigurationParameter Number(string key, string type, string unit, double min, double max, Func<PhysiologyOverrides, double?> read, string description) =>
        new(key, type, unit, min, max, null, description) { Read = read };
}
