using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class EffortLevelTests
{
    [Theory]
    [InlineData(0.0, Effort.Recovery)]
    [InlineData(0.549, Effort.Recovery)]
    [InlineData(0.55, Effort.Easy)]
    [InlineData(0.75, Effort.Moderate)]
    [InlineData(0.90, Effort.Hard)]
    [InlineData(1.05, Effort.VeryHard)]
    public void FromIntensityFactor_FollowsCogganBands(double intensity, Effort expected) =>
        Assert.Equal(expected, EffortLevel.FromIntensityFactor(intensity));

    [Theory]
    [InlineData(0.3, Effort.Recovery)]
    [InlineData(0.6, Effort.Easy)]
    [InlineData(0.7, Effort.Moderate)]
    [InlineData(0.8, Effort.Hard)]
    [InlineData(0.9, Effort.VeryHard)]
    [InlineData(1.0, Effort.VeryHard)]
    public void FromHeartRateReserve_FollowsKarvonenZones(double fraction, Effort expected) =>
        Assert.Equal(expected, EffortLevel.FromHeartRateReserve(fraction));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.1)]
    public void NonFiniteOrNegative_IsUnrated(double value)
    {
        Assert.Null(EffortLevel.FromIntensityFactor(value));
        Assert.Null(EffortLevel.FromHeartRateReserve(value));
    }

    [Fact]
    public void OfSummary_PrefersPowerThenHeartRate()
    {
        // 225 W on FTP 250 is IF 0.90 (hard); HR 125 on rest 60/max 190 is 50 % of reserve (recovery).
        Assert.Equal(Effort.Hard, EffortLevel.OfSummary(Samples.Activity("r", Sport.Ride, hr: 125, watts: 225), Samples.Ann));
        Assert.Equal(Effort.Recovery, EffortLevel.OfSummary(Samples.Activity("r", Sport.Run, hr: 125), Samples.Ann));
        Assert.Null(EffortLevel.OfSummary(Samples.Activity("r", hr: null), Samples.Ann));
    }

    [Fact]
    public void Label_VeryHardHasASpace() => Assert.Equal("very hard", EffortLevel.Label(Effort.VeryHard));
}
