using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Performance;

public sealed class BestEffortsTests
{
    // An hour at 200 W with 20 minutes at 300 W from minute 20: mean (2400 × 200 + 1200 × 300) / 3600 = 233.3 W.
    private static double[] HourWithTwentyMinutesHard() =>
        [.. Enumerable.Range(0, 3600).Select(t => t is >= 1200 and < 2400 ? 300.0 : 200.0)];

    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, 1, 5)]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, 2, 4.5)]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, 3, 4)]
    [InlineData(new[] { 1.0, 2, 3, 4, 5 }, 5, 3)]
    [InlineData(new[] { 0.0, 10, 10, 0, 0 }, 2, 10)]
    [InlineData(new[] { 5.0, 0, 0, 0, 9 }, 2, 4.5)]
    [InlineData(new[] { 0.0, 0, 0 }, 3, 0)]
    public void MeanMaximal_WorkedExamples(double[] samples, int seconds, double expected) =>
        Assert.Equal(expected, BestEfforts.MeanMaximal(samples, seconds)!.Value, 1e-12);

    [Theory]
    [InlineData(5, 300)]
    [InlineData(1200, 300)]
    [InlineData(1800, 266.666667)]   // 20 min at 300 W and 10 at 200 W
    [InlineData(3600, 233.333333)]
    public void MeanMaximal_FindsTheHardBlockInsideAnHour(int seconds, double expected) =>
        Assert.Equal(expected, BestEfforts.MeanMaximal(HourWithTwentyMinutesHard(), seconds)!.Value, 1e-6);

    [Fact]
    public void MeanMaximal_Invariants_HoldOnARandomSeries()
    {
        // The curve need not fall at every step ([10, 0, 10]: 5 W over 2 s, 6.7 W over 3 s), but a window of 2N holds
        // an N-window at least as good, the best total N × mean never falls, and every value lies between mean and max.
        var random = new Random(7);
        var samples = Enumerable.Range(0, 7200).Select(_ => random.NextDouble() * 400).ToArray();
        double Best(int n) => BestEfforts.MeanMaximal(samples, n)!.Value;
        var durations = Enumerable.Range(1, 400).Select(n => n * 18).ToList();

        Assert.All(Enumerable.Range(0, 12).Select(k => 1 << k), n => Assert.True(Best(n) >= Best(2 * n) - 1e-9));
        Assert.True(durations.Zip(durations.Skip(1)).All(pair => (pair.Second * Best(pair.Second)) >= (pair.First * Best(pair.First)) - 1e-6));
        Assert.All(durations, n => Assert.InRange(Best(n), samples.Average() - 1e-9, samples.Max()));
        Assert.Equal(samples.Max(), Best(1), 1e-9);
        Assert.Equal(samples.Average(), Best(samples.Length), 1e-9);
    }

    [Fact]
    public void MeanMaximal_CanRiseWithDuration() =>
        Assert.True(BestEfforts.MeanMaximal([10.0, 0, 10], 3) > BestEfforts.MeanMaximal([10.0, 0, 10], 2));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(6)]
    public void MeanMaximal_DurationNotPositiveOrLongerThanTheSeries_IsNull(int seconds) =>
        Assert.Null(BestEfforts.MeanMaximal([1.0, 2, 3, 4, 5], seconds));

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-1)]
    public void InvalidSample_MakesMeanMaximalAndCurveNull(double bad)
    {
        double[] samples = [200, 210, bad, 190, 200, 220];

        Assert.Null(BestEfforts.MeanMaximal(samples, 2));
        Assert.Null(BestEfforts.Curve(samples));
    }

    [Fact]
    public void MeanMaximal_EmptySeries_IsNull() => Assert.Null(BestEfforts.MeanMaximal([], 1));

    [Fact]
    public void Curve_OfAnHour_HasAllFiveStandardDurations()
    {
        var curve = BestEfforts.Curve(HourWithTwentyMinutesHard())!;

        Assert.Equal(
            [new(5, 300), new(60, 300), new(300, 300), new(1200, 300), new(3600, 233.3)],
            curve.Select(e => new BestEffort(e.DurationSeconds, Math.Round(e.Mean, 1))));
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(4, new int[0])]
    [InlineData(5, new[] { 5 })]
    [InlineData(1199, new[] { 5, 60, 300 })]
    [InlineData(1200, new[] { 5, 60, 300, 1200 })]
    public void Curve_SkipsDurationsLongerThanTheSeries(int seconds, int[] expected) =>
        Assert.Equal(expected, BestEfforts.Curve(new double[seconds])!.Select(e => e.DurationSeconds));
}
