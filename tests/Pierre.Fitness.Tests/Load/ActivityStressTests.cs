using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Load;

public sealed class ActivityStressTests
{
    private static readonly Athlete Rider = new("a", "A", "B", Sex.Female, 35, 60, 50, 185, 250, 270);

    private static Activity Session(double seconds, double? hr, double? watts) =>
        new("x", "x", Sport.Ride, DateTimeOffset.UnixEpoch, seconds, 30000, 0, hr, watts);

    [Fact]
    public void WithPowerAndFtp_UsesPowerTss()
    {
        Assert.Equal((100.0, StressMethod.Power), ActivityStress.Score(Session(3600, 150, 250), Rider, 166));
    }

    [Fact]
    public void WithHeartRateOnly_UsesHrTss()
    {
        var (stress, method) = ActivityStress.Score(Session(3600, 166, null), Rider, 166);

        Assert.Equal(StressMethod.HeartRate, method);
        Assert.Equal(100, stress, 1e-9);
    }

    [Fact]
    public void WithNeither_EstimatesFromDuration()
    {
        Assert.Equal((75.0, StressMethod.Duration), ActivityStress.Score(Session(5400, null, null), Rider, 166));
    }

    [Theory]
    [InlineData(30, "very fresh: fitness may be fading")]
    [InlineData(10, "fresh: ready to race")]
    [InlineData(0, "neutral")]
    [InlineData(-20, "productive training")]
    [InlineData(-40, "overreaching risk: plan recovery")]
    public void FormBands(double tsb, string expected) => Assert.Equal(expected, LoadStatus.Form(tsb));
}
