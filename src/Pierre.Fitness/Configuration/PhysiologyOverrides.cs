using Pierre.Fitness.Model;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Configuration;

/// <summary>What the user says about themself, each value replacing the provider's when set.</summary>
public sealed record PhysiologyOverrides(
    int? AgeYears = null,
    Sex? Sex = null,
    double? WeightKg = null,
    double? HeightCm = null,
    int? RestingHeartRate = null,
    int? MaxHeartRate = null,
    MaxHeartRateFormula? MaxHeartRateFormula = null,
    int? CyclingLthrBpm = null,
    double? CyclingFtpWatts = null,
    int? RunningLthrBpm = null,
    double? RunningThresholdPaceSecondsPerKm = null,
    double? SwimmingCssSecondsPer100m = null)
{
    public static PhysiologyOverrides None { get; } = new();

    /// <summary>
    /// The athlete with these values in place. Maximum heart rate comes from the override, else from the chosen
    /// formula at the (possibly overridden) age, else from the provider.
    /// </summary>
    public Athlete ApplyTo(Athlete athlete)
    {
        var age = AgeYears ?? athlete.AgeYears;
        var maxHeartRate = MaxHeartRate
            ?? (MaxHeartRateFormula is { } formula && Zones.MaxHeartRate.Estimate(age, formula) is { } estimate
                ? (int)Math.Round(estimate)
                : athlete.MaxHeartRate);
        return athlete with
        {
            AgeYears = age,
            Sex = Sex ?? athlete.Sex,
            WeightKg = WeightKg ?? athlete.WeightKg,
            HeightCm = HeightCm ?? athlete.HeightCm,
            RestingHeartRate = RestingHeartRate ?? athlete.RestingHeartRate,
            MaxHeartRate = maxHeartRate,
            Thresholds = SetThresholds().Or(athlete.Thresholds),
        };
    }

    /// <summary>The thresholds these overrides set, per sport; the others are null.</summary>
    public SportThresholds SetThresholds() =>
        new(CyclingFtpWatts, CyclingLthrBpm, RunningLthrBpm, RunningThresholdPaceSecondsPerKm, SwimmingCssSecondsPer100m);
}
