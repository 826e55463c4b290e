using Pierre.Fitness.Recovery;

namespace Pierre.Fitness.Tests.Recovery;

public sealed class SleepQualityTests
{
    [Fact]
    public void AGoodNight_ScoresFullMarks()
    {
        // 8 h asleep of 8.5 h in bed (94 %), 18 % deep, 22 % REM: every part inside its band.
        var night = SleepQuality.Assess(480, 510, 86.4, 105.6)!;

        Assert.Equal(100, night.Score);
        Assert.Empty(night.Notes);
    }

    [Theory]
    [InlineData(240, 0)]    // 4 h
    [InlineData(330, 50)]   // 5.5 h
    [InlineData(420, 100)]  // 7 h
    [InlineData(600, 66.7)] // 10 h
    public void Duration_IsFullInsideSevenToNineHours(double minutes, double expected)
    {
        Assert.Equal(expected, SleepQuality.Assess(minutes)!.DurationPart, 0.1);
    }

    [Fact]
    public void ShortFragmentedNight_ScoresLowAndSaysWhy()
    {
        // 5.5 h asleep of 7.5 h in bed (73.3 %): duration 50, efficiency (0.733 − 0.65) / 0.20 = 41.7; mean 45.8.
        var night = SleepQuality.Assess(330, 450)!;

        Assert.Equal(45.8, night.Score, 0.05);
        Assert.Equal(2, night.Notes.Count);
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(480, 400.0)]
    public void ImpossibleNights_AreRefused(double asleep, double? inBed) => Assert.Null(SleepQuality.Assess(asleep, inBed));
}
