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
