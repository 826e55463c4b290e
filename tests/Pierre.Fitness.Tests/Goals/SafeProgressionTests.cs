using Pierre.Fitness.Goals;

namespace Pierre.Fitness.Tests.Goals;

public sealed class SafeProgressionTests
{
    [Theory]
    [InlineData(10, 0.1, 2, 23.1)] // 10 × 1.1 + 10 × 1.21
    [InlineData(10, 0.0, 3, 30)]
    [InlineData(50, 0.08, 1, 54)]
    [InlineData(0, 0.1, 4, 0)]
    [InlineData(10, 0.1, 0, 0)]
    public void Capacity_IsTheGeometricSeriesOfWeeklyVolume(double weekly, double growth, double weeks, double expected) =>
        Assert.Equal(expected, SafeProgression.Capacity(weekly, growth, weeks), 9);

    [Fact]
    public void Capacity_GrowsWithGrowthAndWeeks()
    {
        for (var weeks = 1; weeks <= 20; weeks++)
        {
            Assert.True(SafeProgression.Capacity(30, 0.1, weeks) > SafeProgression.Capacity(30, 0.05, weeks));
            Assert.True(SafeProgression.Capacity(30, 0.1, weeks + 1) > SafeProgression.Capacity(30, 0.1, weeks));
        }
    }

    [Fact]
    public void RequiredGrowth_InvertsCapacity() => Assert.Equal(0.1, SafeProgression.RequiredGrowth(10, 23.1, 2)!.Value, 6);

    [Fact]
    public void RequiredGrowth_WhenTheCurrentRateIsEnough_IsZero() => Assert.Equal(0, SafeProgression.RequiredGrowth(10, 15, 2));

    [Theory]
    [InlineData(0, 5, 2)] // no recent volume: nothing to grow from
    [InlineData(10, 5, 0)] // no time left
    [InlineData(10, 1_000_000, 2)] // more than doubling every week
    public void RequiredGrowth_WhenNoGrowthGetsThere_IsNull(double weekly, double amount, double weeks) =>
        Assert.Null(SafeProgression.RequiredGrowth(weekly, amount, weeks));

    [Theory]
    [InlineData(10, 23.1, 0.1, 2)]
    [InlineData(10, 30, 0, 3)]
    [InlineData(10, 0, 0.1, 0)]
    public void WeeksToReach_InvertsCapacity(double weekly, double amount, double growth, double expected) =>
        Assert.Equal(expected, SafeProgression.WeeksToReach(weekly, amount, growth)!.Value, 9);

    [Fact]
    public void WeeksToReach_WithZeroRate_IsNull() => Assert.Null(SafeProgression.WeeksToReach(0, 5, 0.1));
}
