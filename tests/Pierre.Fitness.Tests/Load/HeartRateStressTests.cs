using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Load;

public sealed class HeartRateStressTests
{
    [Theory]
    // 60 min, rest 60, max 200, avg 130: ΔHR = 0.5. Men: 60 × 0.5 × 0.64 e^0.96 = 50.14; women: 60 × 0.5 × 0.86 e^0.835 = 59.47.
    [InlineData(Sex.Male, 50.14)]
    [InlineData(Sex.Female, 59.47)]
    public void BanisterTrimp_WorkedExample(Sex sex, double expected)
    {
        Assert.Equal(expected, HeartRateStress.BanisterTrimp(3600, 130, 60, 200, sex)!.Value, 0.01);
    }

    [Fact]
    public void EdwardsTrimp_WeightsMinutesByZone()
    {
        // 10 min at 55 % (×1), 10 at 65 % (×2), 10 at 75 % (×3), 10 at 85 % (×4), 10 at 95 % (×5) of 200 bpm.
        var hr = new[] { 110.0, 130, 150, 170, 190 }.SelectMany(v => Enumerable.Repeat(v, 600)).ToArray();

        Assert.Equal(150, HeartRateStress.EdwardsTrimp(hr, 200)!.Value, 1e-9);
    }

    [Fact]
    public void HeartRateTss_OneHourAtThresholdIs100()
    {
        Assert.Equal(100, HeartRateStress.HeartRateTss(3600, 170, 50, 170)!.Value, 1e-9);
    }

    [Fact]
    public void Guards_RestAboveMaxOrNegativeDurationGiveNull()
    {
        Assert.Null(HeartRateStress.BanisterTrimp(3600, 150, 190, 180, Sex.Male));
        Assert.Null(HeartRateStress.BanisterTrimp(-60, 150, 50, 180, Sex.Male));
        Assert.Null(HeartRateStress.HeartRateTss(3600, 150, 170, 160));
        Assert.Null(HeartRateStress.EdwardsTrimp([150.0], 0));
    }
}
