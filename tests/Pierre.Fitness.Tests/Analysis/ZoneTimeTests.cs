using Pierre.Fitness.Analysis;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class ZoneTimeTests
{
    private static readonly IReadOnlyList<Zone> Karvonen = HeartRateZones.Karvonen(60, 190)!;

    [Fact]
    public void Of_EachSampleCountsInOneBucket_AndTheBucketsSumToTheSampleCount()
    {
        // Rest 60, max 190: zones start at 125, 138, 151, 164, 177 bpm; 200 is above max but still zone 5.
        double[] heart = [100, 125, 137.9, 138, 151, 176.9, 177, 200, double.NaN, 0];

        var time = ZoneTime.Of(heart, Karvonen);

        Assert.Equal([2, 1, 1, 1, 2], time.Zones.Select(z => z.Seconds));
        Assert.Equal(1, time.BelowZonesSeconds);
        Assert.Equal(2, time.NoDataSeconds);
        Assert.Equal(heart.Length, time.TotalSeconds);
    }

    [Fact]
    public void Of_Empty_IsAllZero()
    {
        var time = ZoneTime.Of([], Karvonen);

        Assert.Equal(5, time.Zones.Count);
        Assert.Equal(0, time.TotalSeconds);
    }

    [Fact]
    public void Of_RandomSamples_AlwaysPartitionTheDuration()
    {
        var random = new Random(7);
        var heart = Enumerable.Range(0, 5000).Select(_ => random.NextDouble() * 220).ToArray();

        Assert.Equal(heart.Length, ZoneTime.Of(heart, Karvonen).TotalSeconds);
    }
}
