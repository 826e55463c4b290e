using Pierre.Fitness.Recovery;

namespace Pierre.Fitness.Tests.Recovery;

public sealed class SleepDurationTests
{
    /// <summary>The readiness and sleep scores give the same duration part for the same night, whatever its length.</summary>
    [Theory]
    [InlineData(3.5)]
    [InlineData(5.5)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(10)]
    public void ReadinessAndSleepScores_AgreeOnDuration(double hours)
    {
        var readiness = RecoveryScore.Compute(0, sleepHours: hours);
        var night = SleepQuality.Assess(hours * 60)!;

        Assert.Equal(night.DurationPart, readiness.SleepPart!.Value, 1e-9);
        Assert.Equal(Math.Round(SleepDuration.Score(hours), 1), night.DurationPart, 1e-9);
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(6, 66.667)]  // (6 − 4) / 3 × 100
    [InlineData(7, 100)]
    [InlineData(9, 100)]
    [InlineData(10.5, 50)]   // (12 − 10.5) / 3 × 100
    [InlineData(13, 0)]
    [InlineData(double.NaN, 0)]
    public void Score_IsFullFromSevenToNineHours(double hours, double expected) => Assert.Equal(expected, SleepDuration.Score(hours), 1e-3);
}
