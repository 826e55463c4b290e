using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Model;

public sealed class ActivityTests
{
    private static Activity Run(double seconds, double meters) =>
        new("a1", "Morning run", Sport.Run, DateTimeOffset.UnixEpoch, seconds, meters);

    [Theory]
    [InlineData(3000, 10000, 300)]
    [InlineData(2400, 10000, 240)]
    [InlineData(14400, 42195, 341.27)]
    public void PaceSecondsPerKilometer_ForDistanceAndTime_IsTimeOverKilometres(double seconds, double meters, double expected)
    {
        Assert.Equal(expected, Run(seconds, meters).PaceSecondsPerKilometer!.Value, 2);
    }

    [Theory]
    [InlineData(0, 10000)]
    [InlineData(3000, 0)]
    [InlineData(-5, 1000)]
    public void PaceAndSpeed_WithoutPositiveDurationAndDistance_AreNull(double seconds, double meters)
    {
        var activity = Run(seconds, meters);

        Assert.Null(activity.AverageSpeedMetersPerSecond);
        Assert.Null(activity.PaceSecondsPerKilometer);
    }
}
