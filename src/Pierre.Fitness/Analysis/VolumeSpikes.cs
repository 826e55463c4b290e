namespace Pierre.Fitness.Analysis;

/// <summary>A week whose duration or distance grew more than 10 % or more than the profile allows over the week before.</summary>
public sealed record VolumeSpike(DateOnly WeekEnding, double? DurationIncrease, double? DistanceIncrease, bool OverTenPercent, bool OverProfileLimit);

public static class VolumeSpikes
{
    /// <summary>The "10 % rule" of weekly progression: a convention, not a proven safe limit (<see cref="Configuration.TrainingProfiles.VolumeGrowthBasis"/>).</summary>
    public const double TenPercentRule = 0.10;

    /// <summary>Week-over-week increase = this week / last week − 1, for duration and distance (undefined after a week without that volume); the weeks where either exceeds 10 % or <paramref name="profileLimit"/>.</summary>
    public static IReadOnlyList<VolumeSpike> Of(IReadOnlyList<TrainingWeek> weeks, double profileLimit)
    {
        var spikes = new List<VolumeSpike>();
        for (var w = 1; w < weeks.Count; w++)
        {
            var duration = Increase(weeks[w].DurationSeconds, weeks[w - 1].DurationSeconds);
            var distance = Increase(weeks[w].DistanceMeters, weeks[w - 1].DistanceMeters);
            var largest = Math.Max(duration ?? double.NegativeInfinity, distance ?? double.NegativeInfinity);
            if (largest > TenPercentRule || largest > profileLimit)
            {
                spikes.Add(new VolumeSpike(weeks[w].End, duration, distance, largest > TenPercentRule, largest > profileLimit));
            }
        }

        return spikes;
    }

    private static double? Increase(double current, double previous) => previous > 0 ? (current / previous) - 1 : null;
}
