using Pierre.Fitness.Analysis;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class PerformanceSummaryTests
{
    [Fact]
    public void Efficiency_IsMetresPerHeartbeat()
    {
        // 3 m/s at 150 bpm: 180 m a minute over 150 beats = 1.2 m per beat.
        Assert.Equal(1.2, PerformanceSummary.Efficiency(3, 150)!.Value, 1e-12);
        Assert.Null(PerformanceSummary.Efficiency(3, 0));
        Assert.Null(PerformanceSummary.Efficiency(0, 150));
    }

    [Fact]
    public void Mean_AveragesEachFigureOverTheActivitiesThatHaveIt()
    {
        var mean = PerformanceSummary.Mean([Activity("a", seconds: 2000, meters: 6000, hr: 140), Activity("b", seconds: 4000, meters: 16_000, hr: null)])!;

        Assert.Equal((2, 3000.0, 11_000.0), (mean.Count, mean.DurationSeconds, mean.DistanceMeters));
        Assert.Equal(3.5, mean.SpeedMetersPerSecond!.Value, 1e-12);
        Assert.Equal(140, mean.HeartRate);
        Assert.Equal(60 * 3.0 / 140, mean.MetersPerBeat!.Value, 1e-12);
        Assert.Null(mean.PowerWatts);
        Assert.Null(PerformanceSummary.Mean([]));
    }
}
