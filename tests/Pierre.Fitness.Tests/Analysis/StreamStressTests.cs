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
        // hrTSS: IF = (150 − 60) / (171 − 60) = 0.811; one hour → 65.7.
        var stress = StreamStress.Score(Samples.Steady(3600, 10, 150, 0), Samples.Activity("r", Sport.Ride, seconds: 3600), Samples.Ann);

        Assert.Equal(StressMethod.HeartRate, stress.Method);
        Assert.Equal(100 * Math.Pow(90.0 / 111, 2), stress.Stress, 1e-9);
        Assert.Null(stress.IntensityFactor);
    }

    [Fact]
    public void Score_NeitherPowerNorHeartRate_EstimatesFromDuration()
    {
        var stress = StreamStress.Score(Samples.Steady(1800, 3, null), Samples.Activity("r", seconds: 1800, hr: null), Samples.Ann);

        Assert.Equal((StressMethod.Duration, 25.0), (stress.Method, stress.Stress));
    }
}
