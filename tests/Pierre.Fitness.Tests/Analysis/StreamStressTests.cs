using Pierre.Fitness.Analysis;
using Pierre.Fitness.Load;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class StreamStressTests
{
    [Fact]
    public void Score_OneHourAtFtp_IsPowerTss100()
    {
        var ride = Samples.Activity("r", Sport.Ride, seconds: 3600, watts: 250);

        var stress = StreamStress.Score(Samples.Steady(3600, 10, 150, 250), ride, Samples.Ann);

        Assert.Equal((StressMethod.Power, 100.0, 250.0, 1.0), (stress.Method, Math.Round(stress.Stress, 9), stress.NormalizedPowerWatts, stress.IntensityFactor));
    }

    [Fact]
    public void Score_NaNPowerSamples_CountAsZeroWatts()
    {
        var streams = Samples.Steady(3600, 10, 150, 250);
        Array.Fill(streams.PowerWatts!, double.NaN, 0, 1800);

        var stress = StreamStress.Score(streams, Samples.Activity("r", Sport.Ride, seconds: 3600), Samples.Ann);

        Assert.True(double.IsFinite(stress.Stress));
        Assert.InRange(stress.NormalizedPowerWatts!.Value, 125, 250);
    }

    [Fact]
    public void Score_ZeroPower_FallsBackToHeartRate()
    {
        // HRSS, female (Banister a = 0.86, b = 1.67), rest 60, max 190, no LTHR set: the default 0.9 × 190 = 171.
        // ΔHR 90/130 = 0.692 at 150 bpm, 111/130 = 0.854 at LTHR; HRSS = 100 × 0.692 e^(1.67 × 0.692) / (0.854 e^(1.67 × 0.854)) = 61.91.
        var stress = StreamStress.Score(Samples.Steady(3600, 10, 150, 0), Samples.Activity("r", Sport.Ride, seconds: 3600), Samples.Ann);

        Assert.Equal(StressMethod.HeartRate, stress.Method);
        Assert.Equal(61.91, stress.Stress, 0.01);
        Assert.Null(stress.IntensityFactor);
    }

    [Fact]
    public void Score_NeitherPowerNorHeartRate_EstimatesFromDuration()
    {
        var stress = StreamStress.Score(Samples.Steady(1800, 3, null), Samples.Activity("r", Sport.Ride, seconds: 1800, hr: null), Samples.Ann);

        Assert.Equal((StressMethod.Duration, 25.0), (stress.Method, stress.Stress));
    }

    // TrainingPeaks' rTSS: an hour at threshold pace on the flat scores 100. Ann's threshold pace is 240 s/km (4.167 m/s);
    // an hour at 4.167 m/s on the flat has NGS = 4.167: IF 1, rTSS 100, whatever the heart rate.
    [Fact]
    public void Score_RunAtThresholdPace_IsRunningTss100()
    {
        var stress = StreamStress.Score(Samples.Steady(3600, 1000 / 240.0, 150), Samples.Activity("r", Sport.Run, seconds: 3600), Samples.Ann);

        Assert.Equal(StressMethod.RunningPace, stress.Method);
        Assert.Equal(100, stress.Stress, 1e-6);
    }

    [Fact]
    public void Score_RunWithHeartRateAndNoThresholds_UsesTheRunningLthr()
    {
        var runner = Samples.AnnWithoutThresholds with { Thresholds = new SportThresholds(CyclingLthrBpm: 140, RunningLthrBpm: 150) };

        var run = StreamStress.Score(Samples.Steady(3600, 3, 150), Samples.Activity("r", Sport.Run, seconds: 3600), runner);
        var ride = StreamStress.Score(Samples.Steady(3600, 3, 150), Samples.Activity("b", Sport.Ride, seconds: 3600), runner);

        Assert.Equal((StressMethod.HeartRate, 100.0), (run.Method, Math.Round(run.Stress, 9)));
        Assert.True(ride.Stress > 100, "a ride at 150 bpm is above the cycling LTHR of 140");
    }
}
