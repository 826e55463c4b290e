namespace Pierre.Fitness.Zones;

/// <summary>
/// Karvonen heart-rate-reserve zones (Karvonen, Kentala &amp; Mustala 1957): HR = HRrest + %HRR × (HRmax − HRrest),
/// five zones at 50–60–70–80–90–100 % of reserve.
/// </summary>
public static class HeartRateZones
{
    private static readonly (string Name, double Low, double High)[] Bands =
        [("Recovery", 0.50, 0.60), ("Aerobic", 0.60, 0.70), ("Tempo", 0.70, 0.80), ("Threshold", 0.80, 0.90), ("VO2max", 0.90, 1.00)];

    /// <summary>The five zones; null unless 30 ≤ resting &lt; max ≤ 230.</summary>
    public static IReadOnlyList<Zone>? Karvonen(double restingHeartRate, double maxHeartRate)
    {
        if (restingHeartRate < 30 || maxHeartRate > 230 || restingHeartRate >= maxHeartRate)
        {
            return null;
        }

        var reserve = maxHeartRate - restingHeartRate;
        return [.. Bands.Select((b, i) => new Zone(i + 1, b.Name, Math.Round(restingHeartRate + (b.Low * reserve), MidpointRounding.AwayFromZero), Math.Round(restingHeartRate + (b.High * reserve), MidpointRounding.AwayFromZero)))];
    }
}
