using Pierre.Fitness.Analysis;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class VolumeSpikesTests
{
    private static IReadOnlyList<TrainingWeek> Weeks(params double[] durations) =>
        [.. durations.Select((d, i) => new TrainingWeek(new DateOnly(2026, 1, 5).AddDays(7 * i), new DateOnly(2026, 1, 11).AddDays(7 * i), 3, 3, d, 0))];

    [Fact]
    public void Of_IncreasesOverTenPercentOrTheProfileLimit_AreSpikes()
    {
        // 100 → 115 (+15 %), → 120 (+4.3 %), → 0, → 50 (after an empty week: undefined), → 60 (+20 %).
        var spikes = VolumeSpikes.Of(Weeks(100, 115, 120, 0, 50, 60), 0.08);

        Assert.Equal([new DateOnly(2026, 1, 18), new DateOnly(2026, 2, 15)], spikes.Select(s => s.WeekEnding));
        Assert.Equal(0.15, spikes[0].DurationIncrease!.Value, 1e-12);
        Assert.Null(spikes[0].DistanceIncrease);
        Assert.All(spikes, s => Assert.True(s.OverTenPercent && s.OverProfileLimit));
    }

    [Theory]
    [InlineData(115, 0.20, true, false)]
    [InlineData(108, 0.05, false, true)]
    public void Of_TenPercentRuleAndProfileLimit_AreFlaggedApart(double second, double limit, bool overTen, bool overProfile)
    {
        var spike = Assert.Single(VolumeSpikes.Of(Weeks(100, second), limit));

        Assert.Equal((overTen, overProfile), (spike.OverTenPercent, spike.OverProfileLimit));
    }

    [Fact]
    public void Of_OneOrNoWeeks_HasNoSpikes()
    {
        Assert.Empty(VolumeSpikes.Of(Weeks(100), 0.1));
        Assert.Empty(VolumeSpikes.Of([], 0.1));
    }
}
