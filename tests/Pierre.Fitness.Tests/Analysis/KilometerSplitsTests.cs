using Pierre.Fitness.Analysis;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class KilometerSplitsTests
{
    [Fact]
    public void Of_TenKilometresAtFourMetresPerSecond_TenSplitsOf250Seconds()
    {
        // 2501 samples at 4 m/s: distance 0 … 10,000 m over 2500 s; each kilometre takes 250 s (pace 4:10/km).
        var splits = KilometerSplits.Of(Samples.Steady(2501, 4, 150));

        Assert.Equal(10, splits.Count);
        Assert.All(splits, s => Assert.Equal((1000.0, 250.0, 250.0, 150.0), (s.DistanceMeters, s.DurationSeconds, s.PaceSecondsPerKm, s.AverageHeartRate!.Value)));
        Assert.Equal(Enumerable.Range(1, 10), splits.Select(s => s.Number));
    }

    [Fact]
    public void Of_PartialLastKilometre_IsAShorterSplitWithItsOwnPace()
    {
        // 376 samples at 4 m/s: 1500 m in 375 s → 1000 m in 250 s, then 500 m in 125 s (same pace).
        var splits = KilometerSplits.Of(Samples.Steady(376, 4, null));

        Assert.Equal(2, splits.Count);
        Assert.Equal(500, splits[1].DistanceMeters, 1e-9);
        Assert.Equal(125, splits[1].DurationSeconds, 1e-9);
        Assert.Equal(250, splits[1].PaceSecondsPerKm, 1e-9);
        Assert.Null(splits[1].AverageHeartRate);
    }

    [Fact]
    public void Of_GapInDistance_IsBridgedByInterpolation()
    {
        // Samples 100…899 lost (NaN): the splits still cross every kilometre at the same times.
        var streams = Samples.Steady(2501, 4, 150);
        Array.Fill(streams.DistanceMeters, double.NaN, 100, 800);

        var splits = KilometerSplits.Of(streams);

        Assert.Equal(10, splits.Count);
        Assert.All(splits, s => Assert.Equal(250, s.DurationSeconds, 1e-9));
        Assert.Equal(2500, splits.Sum(s => s.DurationSeconds), 1e-9);
    }

    [Fact]
    public void Of_NaNHeartRate_IsLeftOutOfTheSplitMean()
    {
        var streams = Samples.Steady(251, 4, 150);
        streams.HeartRate![10] = double.NaN;
        streams.HeartRate[11] = 0;

        Assert.Equal(150, Assert.Single(KilometerSplits.Of(streams)).AverageHeartRate);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Of_EmptyOrSingleSample_HasNoSplits(int samples) => Assert.Empty(KilometerSplits.Of(Samples.Steady(samples, 4, 150)));

    [Fact]
    public void Of_AllDistanceNaN_HasNoSplits()
    {
        var streams = Samples.Steady(600, 4, 150);
        Array.Fill(streams.DistanceMeters, double.NaN);

        Assert.Empty(KilometerSplits.Of(streams));
    }
}
