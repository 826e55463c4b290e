using System.Text.Json;
using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;

namespace Pierre.Server.Intelligence;

/// <summary>How configuration is shown to an assistant: the set overrides by key, and the values every tool will use.</summary>
internal static class ConfigurationView
{
    public static Dictionary<string, JsonElement> Overrides(PhysiologyOverrides overrides) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(OverridesJson.Serialize(overrides))!;

    public static IReadOnlyList<string> SetKeys(PhysiologyOverrides overrides) => [.. Overrides(overrides).Keys];

    /// <summary>The values analyses use, thresholds per sport (an LTHR nobody set shows its default), and where each threshold came from.</summary>
    public static object Effective(Athlete a, PhysiologyOverrides overrides, Athlete fromProvider) => new
    {
        age_years = a.AgeYears,
        sex = a.Sex.ToString().ToLowerInvariant(),
        weight_kg = a.WeightKg,
        height_cm = a.HeightCm,
        resting_heart_rate = a.RestingHeartRate,
        max_heart_rate = a.MaxHeartRate,
        thresholds = ThresholdView.Of(a),
        threshold_sources = ThresholdOrigins.Of(overrides.SetThresholds(), fromProvider.Thresholds, SportThresholds.None),
    };

    public static object Profile(TrainingProfile p) => new
    {
        name = p.Name,
        description = p.Description,
        max_weekly_volume_increase = p.MaxWeeklyVolumeIncrease,
        hard_session_share = p.HardSessionShare,
        min_rest_days_per_week = p.MinRestDaysPerWeek,
        riegel_exponent = p.RiegelExponent,
    };
}
