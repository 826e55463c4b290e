using Pierre.Fitness.Recovery;

namespace Pierre.Fitness.Tests.Recovery;

public sealed class RecoveryScoreTests
{
    [Theory]
    [InlineData(-30, 0)]
    [InlineData(-7.5, 50)]
    [InlineData(15, 100)]
    [InlineData(40, 100)]
    public void FormOnly_MapsTsbLinearly(double tsb, double expected)
    {
        Assert.Equal(expected, RecoveryScore.Compute(tsb).Score, 1e-9);
    }

    [Fact]
    public void AllParts_AreWeightedTwoOneOne()
    {
        // form 50 (TSB −7.5), sleep 75 (6 h), HRV 100 (1.1 × baseline): (2×50 + 75 + 100) / 4 = 68.75
        var readiness = RecoveryScore.Compute(-7.5, sleepHours: 6, hrvMs: 66, baselineHrvMs: 60);

        Assert.Equal(68.8, readiness.Score, 1e-9);
        Assert.Equal((50.0, 75.0, 100.0), (readiness.FormPart, readiness.SleepPart!.Value, readiness.HrvPart!.Value));
    }

    [Fact]
    public void NonsenseInputs_AreIgnoredAndNeverNaN()
    {
        var readiness = RecoveryScore.Compute(double.NaN, sleepHours: -3, hrvMs: 50, baselineHrvMs: 0);

        Assert.Equal(0, readiness.Score);
        Assert.Null(readiness.SleepPart);
        Assert.Null(readiness.HrvPart);
    }
}
