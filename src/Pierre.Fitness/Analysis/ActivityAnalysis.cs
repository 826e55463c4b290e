using Pierre.Fitness.Load;
using Pierre.Fitness.Model;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Analysis;

/// <summary>Everything the streams of one activity say about it.</summary>
public sealed record ActivityAnalysis(
    int DurationSeconds,
    IReadOnlyList<Split> Splits,
    ZoneTimes? HeartRateZoneTimes,
    double? AverageHeartRate,
    double? AveragePowerWatts,
    double? SpeedVariation,
    double? PowerVariation,
    double? VariabilityIndex,
    Decoupling? Decoupling,
    SessionStress Stress,
    double? HeartRateReserve,
    Effort? Effort)
{
    /// <summary>The variation of the session's main output: power when it was recorded, else moving speed.</summary>
    public double? OutputVariation => PowerVariation ?? SpeedVariation;

    public static ActivityAnalysis Of(Activity activity, ActivityStreams streams, Athlete athlete)
    {
        var heart = streams.HeartRate;
        var power = streams.PowerWatts is { } raw ? StreamStress.ZeroFilled(raw) : null;
        var averageHr = heart is null ? null : MeanAccumulator.Of(heart);
        var averagePower = power is { Length: > 0 } ? power.Average() : (double?)null;
        var stress = StreamStress.Score(streams, activity, athlete);
        var reserve = averageHr is { } hr ? HeartRateStress.ReserveFraction(hr, athlete.RestingHeartRate, athlete.MaxHeartRate) : null;
        var moving = streams.SpeedMetersPerSecond.Where(s => double.IsFinite(s) && s > 0).ToArray();
        return new ActivityAnalysis(
            streams.TimeSeconds.Length,
            KilometerSplits.Of(streams),
            heart is not null && HeartRateZones.Karvonen(athlete.RestingHeartRate, athlete.MaxHeartRate) is { } zones ? ZoneTime.Of(heart, zones) : null,
            averageHr,
            averagePower,
            Variability.CoefficientOfVariation(moving),
            power is null ? null : Variability.CoefficientOfVariation(power),
            stress.NormalizedPowerWatts is { } np && averagePower is { } mean ? Variability.VariabilityIndex(np, mean) : null,
            AerobicDecoupling.Of(activity.Sport, streams),
            stress,
            reserve,
            stress.IntensityFactor is { } intensity ? EffortLevel.FromIntensityFactor(intensity)
                : reserve is { } r ? EffortLevel.FromHeartRateReserve(r) : null);
    }
}
