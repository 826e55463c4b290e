using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Performance;

public sealed class RacePredictionTests
{
    [Theory]
    [InlineData(10000, 2400, 21097.5, 5295.4)] // 40:00 10K: 2400 × 2.10975^1.06 = 2400 × 2.20640 → 1:28:15 half
    [InlineData(5000, 1200, 5000, 1200)]
    [InlineData(21097.5, 5400, 42195, 11258.6)] // 1:30:00 half: 5400 × 2^1.06 = 5400 × 2.08493
    public void RiegelSeconds_IsTheWorkedPowerLaw(double fromMeters, double fromSeconds, double toMeters, double expected)
    {
        Assert.Equal(expected, RacePrediction.RiegelSeconds(fromMeters, fromSeconds, toMeters)!.Value, 0.5);
    }

    [Theory]
    // Train (train.inquilinos.me), "Riegel race time prediction" (https://train.inquilinos.me/blog/riegel-race-time-prediction/):
    // "Suppose you run a 5K in 22:00 (1320 seconds). Predicting the half-marathon (21.0975 km): ... ≈ 6072 seconds ≈
    // 1:41:12", and its table from the same 5K: "10K | 45:52", "Marathon | 3:31:00".
    [InlineData(5000, 1320, 21097.5, 6072)]
    [InlineData(5000, 1320, 10000, 2752)]
    [InlineData(5000, 1320, 42195, 12660)]
    // Race Records, "Equivalent times explained" (https://racerecords.run/blog/equivalent-times-explained), citing Riegel,
    // American Scientist 69, 1981: "you ran 44:00 for 10K ... Your predicted marathon: T₂ = 2640 × (42,195 / 10,000)^1.06 ≈
    // 12,145 seconds ≈ 3:22:25".
    [InlineData(10000, 2640, 42195, 12145)]
    public void RiegelSeconds_PublishedExamples(double fromMeters, double fromSeconds, double toMeters, double publishedSeconds)
    {
        // The pages print whole seconds.
        Assert.Equal(publishedSeconds, RacePrediction.RiegelSeconds(fromMeters, fromSeconds, toMeters)!.Value, 1.0);
    }

    [Fact]
    public void RiegelSeconds_WithACustomExponent_UsesIt()
    {
        Assert.Equal(2 * 1200 * Math.Pow(2, 0.1), RacePrediction.RiegelSeconds(5000, 1200, 10000, 1.1)!.Value, 1e-6);
    }

    [Theory]
    [InlineData(0, 1200, 5000)]
    [InlineData(5000, -1, 10000)]
    [InlineData(5000, 1200, 10000, 2.0)]
    public void RiegelSeconds_WithBadInput_IsNull(double fromMeters, double fromSeconds, double toMeters, double exponent = 1.06)
    {
        Assert.Null(RacePrediction.RiegelSeconds(fromMeters, fromSeconds, toMeters, exponent));
    }
}
