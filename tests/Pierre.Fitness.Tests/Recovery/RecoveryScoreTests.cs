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
        // form 50 (TSB −7.5), sleep 66.7 (6 h: (6 − 4) / 3, the sleep score's duration part), HRV 100 (1.1 × baseline):
        // (2×50 + 66.67 + 100) / 4 = 66.67
        var readiness = RecoveryScore.Compute(-7.5, sleepHours: 6, hrvMs: 66, baselineHrvMs: 60);

        Assert.Equal(66.7, readiness.Score, 1e-9);
        Assert.Equal((50.0, 66.7, 100.0), (readiness.FormPart, readiness.SleepPart!.Value, readiness.HrvPart!.Value));
    }

    [Fact]
    public void WithAnHrvTrend_UsesItsReadinessPart()
    {
        // form 50 (TSB −7.5), no sleep, HRV trend part 53.64 (HrvTrendTests' hand-computed week): (2×50 + 53.64) / 3 = 51.2
        var trend = HrvTrend.Assess([.. Enumerable.Repeat(Math.Exp(4.2), 7), .. Enumerable.Repeat(Math.Exp(4.0), 7)])!;

        var readiness = RecoveryScore.Compute(-7.5, null, trend);

        Assert.Equal(51.2, readiness.Score, 1e-9);
        Assert.Equal(53.6, readiness.HrvPart!.Value, 1e-9);
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
