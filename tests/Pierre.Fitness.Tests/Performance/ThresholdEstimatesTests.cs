using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;

namespace Pierre.Fitness.Tests.Performance;

public sealed class ThresholdEstimatesTests
{
    private static double[] Steady(int seconds, double value) => Enumerable.Repeat(value, seconds).ToArray();

    [Theory]
    [InlineData(200, 190)]
    [InlineData(250, 237.5)]
    [InlineData(300, 285)]
    [InlineData(400, 380)]
    public void FtpFromBestEffort_IsNinetyFivePercentOfTwentyMinutePower(double twentyMinuteWatts, double expected) =>
        Assert.Equal(expected, ThresholdEstimates.FtpFromBestEffort(Steady(1200, twentyMinuteWatts))!.Value, 1e-9);

    [Fact]
    public void FtpFromBestEffort_TakesTheBestSeries_AndSkipsShortNullAndUnusableOnes()
    {
        // An hour at 200 W with 20 min at 300 W inside, and 40 min at 320 W: 0.95 × 320 = 304 W. The 19-min series at
        // 400 W is too short; the one with a NaN is unusable.
        double[] hour = [.. Steady(1200, 200), .. Steady(1200, 300), .. Steady(1200, 200)];
        double[] withNaN = [.. Steady(1199, 500), double.NaN];

        Assert.Equal(285, ThresholdEstimates.FtpFromBestEffort(hour)!.Value, 1e-9);
        Assert.Equal(304, ThresholdEstimates.FtpFromBestEffort(hour, Steady(2400, 320), Steady(1140, 400), null, withNaN)!.Value, 1e-9);
    }

    [Fact]
    public void FtpFromBestEffort_NoSeriesOfTwentyMinutes_IsNull()
    {
        Assert.Null(ThresholdEstimates.FtpFromBestEffort());
        Assert.Null(ThresholdEstimates.FtpFromBestEffort(Steady(1199, 300), [], null));
        Assert.Null(ThresholdEstimates.FtpFromBestEffort(new List<double[]?>()));
    }

    [Fact]
    public void LactateThresholdFromBestEffort_FrielThirtyMinuteTrial_IsTheMeanOfItsLastTwentyMinutes()
    {
        // Friel's test: LTHR = mean HR of the last 20 min of a solo 30-min trial, no factor. 10 min at 150 bpm then 20 at 170: 170.
        double[] thirtyMinutes = [.. Steady(600, 150), .. Steady(1200, 170)];

        Assert.Equal(170, ThresholdEstimates.LactateThresholdFromBestEffort(thirtyMinutes)!.Value, 1e-9);
        Assert.Equal(170, ThresholdEstimates.FrielLactateThreshold(thirtyMinutes)!.Value, 1e-9);
    }

    [Fact]
    public void FrielLactateThreshold_InALongerSession_TakesTheHardestThirtyMinutesAndAveragesTheirLastTwenty()
    {
        // Hand-computed: 15 min warm-up at 120, the trial (10 min at 160, 10 at 168, 10 at 172), 15 min cool-down at 110.
        // The hardest 30-min window is the trial; its last 20 min average (168 + 172) / 2 = 170.
        double[] session = [.. Steady(900, 120), .. Steady(600, 160), .. Steady(600, 168), .. Steady(600, 172), .. Steady(900, 110)];

        Assert.Equal(170, ThresholdEstimates.FrielLactateThreshold(session)!.Value, 1e-9);
        Assert.Null(ThresholdEstimates.FrielLactateThreshold(Steady(1799, 170)));
    }

    [Fact]
    public void LactateThresholdFromBestEffort_IgnoresSeriesUnderThirtyMinutes_AndTakesTheHighestOfTheRest()
    {
        // 29:59 at 190 bpm does not qualify; 45 min at 160 and 30 min at 175 do: 175 bpm.
        var estimate = ThresholdEstimates.LactateThresholdFromBestEffort(Steady(1799, 190), Steady(2700, 160), Steady(1800, 175), null);

        Assert.Equal(175, estimate!.Value, 1e-9);
    }

    [Fact]
    public void LactateThresholdFromBestEffort_NothingQualifies_IsNull()
    {
        Assert.Null(ThresholdEstimates.LactateThresholdFromBestEffort());
        Assert.Null(ThresholdEstimates.LactateThresholdFromBestEffort(Steady(1799, 170), null));
        Assert.Null(ThresholdEstimates.LactateThresholdFromBestEffort([.. Steady(1799, 170), double.NaN]));
        Assert.Null(ThresholdEstimates.LactateThresholdFromBestEffort([.. Steady(1799, 170), -1]));
    }

    [Theory]
    // 60 000 / v with 0.000104 v² + 0.182258 v − 4.60 = 0.88 × VDOT, e.g. VDOT 50: v = 235.112 m/min → 255.20 s/km.
    [InlineData(30, 384.19)]
    [InlineData(40, 305.55)]
    [InlineData(50, 255.20)]
    [InlineData(60, 220.14)]
    [InlineData(70, 194.30)]
    public void ThresholdPaceSecondsPerKm_SolvesTheOxygenCostAt88PercentOfVdot(double vdot, double expected) =>
        Assert.Equal(expected, ThresholdEstimates.ThresholdPaceSecondsPerKm(vdot)!.Value, 0.01);

    [Fact]
    public void ThresholdPaceSecondsPerKm_ForVdot50_MatchesDanielsTableAndTheThresholdZone()
    {
        var pace = ThresholdEstimates.ThresholdPaceSecondsPerKm(50)!.Value;

        Assert.Equal(255, pace, 3.0);   // Daniels' table, VDOT 50: T 4:15 /km
        Assert.Equal(PaceZones.Daniels(50)![2].Low!.Value, pace, 0.05);
    }

    [Fact]
    public void FtpFromBestTwentyMinutes_IsNinetyFivePercentOfTheHighest_AndNullWhenNoneIsKnown()
    {
        Assert.Equal(304, ThresholdEstimates.FtpFromBestTwentyMinutes([280, null, 320, 300])!.Value, 1e-9);
        Assert.Null(ThresholdEstimates.FtpFromBestTwentyMinutes([null, null]));
        Assert.Null(ThresholdEstimates.FtpFromBestTwentyMinutes([]));
    }

    [Fact]
    public void LactateThresholdFromBestTwentyMinutes_CountsOnlySessionsOfThirtyMinutes()
    {
        // 190 bpm over a 29:59 session does not qualify; 175 over 30:00 does: 175 bpm, no factor (Friel's test window).
        Assert.Equal(175, ThresholdEstimates.LactateThresholdFromBestTwentyMinutes([(190, 1799), (175, 1800), (160, 2700), (null, 3600)])!.Value, 1e-9);
        Assert.Null(ThresholdEstimates.LactateThresholdFromBestTwentyMinutes([(190, 1799), (null, 3600)]));
    }

    [Fact]
    public void BestTwentyMinuteForms_AgreeWithTheSeriesForms()
    {
        double[] power = [.. Steady(1200, 200), .. Steady(1200, 300)];
        double[] heart = [.. Steady(600, 150), .. Steady(1200, 170)];

        Assert.Equal(ThresholdEstimates.FtpFromBestEffort(power), ThresholdEstimates.FtpFromBestTwentyMinutes([300]));
        Assert.Equal(ThresholdEstimates.LactateThresholdFromBestEffort(heart), ThresholdEstimates.LactateThresholdFromBestTwentyMinutes([(170, heart.Length)]));
    }

    [Theory]
    [InlineData(19.9)]
    [InlineData(90.1)]
    [InlineData(double.NaN)]
    [InlineData(-50)]
    public void ThresholdPaceSecondsPerKm_OutsideVdot20To90_IsNull(double vdot) =>
        Assert.Null(ThresholdEstimates.ThresholdPaceSecondsPerKm(vdot));
}
