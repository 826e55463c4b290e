using Pierre.Fitness.Analysis;
using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class ActivityAnalysisTests
{
    [Fact]
    public void Of_SteadyRun_SplitsZonesStressAndEffortAgree()
    {
        // 2501 s at 4 m/s and 151 bpm: 70 % of the reserve (zone 3, moderate), no drift, no variation.
        var run = Samples.Activity("r", seconds: 2501, meters: 10_000, hr: 151);

        var analysis = ActivityAnalysis.Of(run, Samples.Steady(2501, 4, 151), Samples.AnnWithoutThresholds);

        Assert.Equal(10, analysis.Splits.Count);
        Assert.Equal(2501, analysis.HeartRateZoneTimes!.TotalSeconds);
        Assert.Equal(2501, analysis.HeartRateZoneTimes.Zones[2].Seconds);
        Assert.Equal(0, analysis.SpeedVariation!.Value, 1e-12);
        Assert.Null(analysis.PowerVariation);
        Assert.Equal(0, analysis.Decoupling!.Percent, 1e-12);
        Assert.Equal(DecouplingBasis.GradedPace, analysis.Decoupling.Basis);
        Assert.Equal(StressMethod.HeartRate, analysis.Stress.Method);
        Assert.Equal(0.7, analysis.HeartRateReserve!.Value, 1e-12);
        Assert.Equal(Effort.Moderate, analysis.Effort);
    }

    [Fact]
    public void Of_AlternatingRide_HasVariabilityIndexAbovePowerAverageAndEffortFromIntensityFactor()
    {
        var streams = Samples.Steady(3600, 9, 140);
        var power = Enumerable.Range(0, 3600).Select(t => t / 300 % 2 == 0 ? 300.0 : 100.0).ToArray();
        streams = streams with { PowerWatts = power };

        var analysis = ActivityAnalysis.Of(Samples.Activity("r", Sport.Ride, seconds: 3600, meters: 32_400, hr: 140, watts: 200), streams, Samples.Ann);

        Assert.Equal(200, analysis.AveragePowerWatts!.Value, 1e-9);
        Assert.Equal(0.5, analysis.PowerVariation!.Value, 1e-12);
        Assert.InRange(analysis.VariabilityIndex!.Value, 1.2, 1.27);
        Assert.Equal(analysis.PowerVariation, analysis.OutputVariation);
        Assert.Equal(DecouplingBasis.Power, analysis.Decoupling!.Basis);
        Assert.Equal(EffortLevel.FromIntensityFactor(analysis.Stress.IntensityFactor!.Value), analysis.Effort);
    }

    [Fact]
    public void Of_EmptyStreams_HasNothingButAFiniteStress()
    {
        var analysis = ActivityAnalysis.Of(Samples.Activity("r", seconds: 0, meters: 0, hr: null), Samples.Steady(0, 0, null), Samples.Ann);

        Assert.Empty(analysis.Splits);
        Assert.Null(analysis.HeartRateZoneTimes);
        Assert.Null(analysis.SpeedVariation);
        Assert.Null(analysis.Effort);
        Assert.Equal(0, analysis.Stress.Stress);
    }
}
