using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class AerobicDecouplingTests
{
    private static double[] Series(params (int Seconds, double Value)[] parts) =>
        [.. parts.SelectMany(p => Enumerable.Repeat(p.Value, p.Seconds))];

    [Fact]
    public void OfPower_ExcludesTheWarmUp_AndComparesNpPerBeat()
    {
        // Hand-computed. 600 s warm-up at 150 W and 100 bpm (output per beat 1.5, far above the steady part's), then
        // 1800 s at 200 W / 140 bpm and 1800 s at 200 W / 147 bpm. NP of a constant 200 W is 200 W, so
        // EF1 = 200/140 = 1.428571, EF2 = 200/147 = 1.360544, drift = (1 − 140/147) × 100 = 4.7619 %: coupled, under 5 %.
        // Had the warm-up counted, the first half would hold 600 s at 1.5 W/bpm and the drift would read far higher.
        var power = Series((600, 150), (3600, 200));
        var heart = Series((600, 100), (1800, 140), (1800, 147));

        var drift = AerobicDecoupling.OfPower(power, heart, Series((4200, 8.0)))!;

        Assert.Equal(DecouplingBasis.Power, drift.Basis);
        Assert.Equal(200.0 / 140, drift.FirstHalfRatio, 1e-9);
        Assert.Equal(200.0 / 147, drift.SecondHalfRatio, 1e-9);
        Assert.Equal(700.0 / 147, drift.Percent, 1e-9);
        Assert.False(drift.Decoupled);
        Assert.Equal(600, drift.WarmUpSeconds);
        Assert.Equal(0, drift.StoppedSeconds);
        Assert.Equal(3600, drift.AnalysedSeconds);
    }

    [Fact]
    public void OfPower_PublishedTwoHourExample()
    {
        // A rider applying Friel's decoupling article to a 2-hour ride (isaacrides.blogspot.com, "Decoupling at 3.23%",
        // May 2008, https://isaacrides.blogspot.com/2008/05/decoupling-at-323.html): "Average power of 1st hour / Average
        // hearrate of 1st hour: 193 / 136 = 1.419 ... 2nd hour: 195/142 = 1.373 ... 0.0459 / 1.419 = 3.23% rate of
        // decoupling". Steady halves make NP equal to the average power. A 10-min warm-up is put in front because the
        // method leaves it out; the two published hours are the analysed part.
        var power = Series((600, 150), (3600, 193), (3600, 195));
        var heart = Series((600, 110), (3600, 136), (3600, 142));

        var drift = AerobicDecoupling.OfPower(power, heart, Series((7800, 9.0)))!;

        Assert.Equal(193.0 / 136, drift.FirstHalfRatio, 1e-9);
        Assert.Equal(195.0 / 142, drift.SecondHalfRatio, 1e-9);
        Assert.Equal(3.23, drift.Percent, 0.005);
        Assert.False(drift.Decoupled);
    }

    [Fact]
    public void OfPower_CountsStopsOut_ButKeepsCoastingWhileMoving()
    {
        // Hand-computed accounting. After the 600 s warm-up: 60 s coasting (0 W at 8 m/s: moving, so it stays, as it does
        // in NP), 1740 s at 200 W, 900 s at 200 W, a 300 s stop (0 W, 0 m/s: left out), 900 s at 200 W. Moving seconds
        // 60 + 1740 + 900 + 900 = 3600, stopped 300; the second half is the last 1800 moving seconds, all 200 W at
        // 147 bpm, so EF2 = 200/147 exactly.
        var power = Series((600, 150), (60, 0), (1740, 200), (900, 200), (300, 0), (900, 200));
        var heart = Series((600, 100), (1800, 140), (900, 147), (300, 100), (900, 147));
        var speed = Series((2400, 8.0), (900, 8.0), (300, 0), (900, 8.0));

        var drift = AerobicDecoupling.OfPower(power, heart, speed)!;

        Assert.Equal(300, drift.StoppedSeconds);
        Assert.Equal(3600, drift.AnalysedSeconds);
        Assert.Equal(200.0 / 147, drift.SecondHalfRatio, 1e-9);
    }

    [Fact]
    public void OfPower_StopInsideASteadyRide_LeavesTheDriftUnchanged()
    {
        // Hand-computed: with the 300 s stop counted out the moving seconds are exactly the steady ride of the first
        // test, so the drift is again (1 − 140/147) × 100 = 4.7619 %. Counted in, 300 s at 0 W and 100 bpm would lower
        // the second half's NP and heart rate and move the figure.
        var power = Series((600, 150), (1800, 200), (900, 200), (300, 0), (900, 200));
        var heart = Series((600, 100), (1800, 140), (900, 147), (300, 100), (900, 147));
        var speed = Series((3300, 8.0), (300, 0), (900, 8.0));

        var drift = AerobicDecoupling.OfPower(power, heart, speed)!;

        Assert.Equal(700.0 / 147, drift.Percent, 1e-9);
        Assert.Equal(300, drift.StoppedSeconds);
    }

    [Fact]
    public void OfPace_FlatRun_HeartRateUpTenBeats_DriftsSixPercent()
    {
        // Hand-computed: 3 m/s on the flat throughout (graded speed = speed, as C(0)/C(0) = 1); after the 600 s warm-up,
        // 1200 s at 150 bpm then 1200 s at 160: EF 0.02 then 0.01875 → (0.02 − 0.01875) / 0.02 = 6.25 % > 5 %.
        var speed = Series((3000, 3.0));
        var heart = Series((1800, 150), (1200, 160));

        var drift = AerobicDecoupling.OfPace(speed, new double[3000], [.. Enumerable.Range(0, 3000).Select(t => 3.0 * t)], heart)!;

        Assert.Equal(DecouplingBasis.GradedPace, drift.Basis);
        Assert.Equal(0.02, drift.FirstHalfRatio, 1e-12);
        Assert.Equal(6.25, drift.Percent, 1e-9);
        Assert.True(drift.Decoupled);
    }

    [Fact]
    public void OfPace_UphillSecondHalf_IsGradeAdjusted()
    {
        // Hand-computed with Minetti et al. (2002): C(0.05) = 155.4·0.05⁵ − 30.4·0.05⁴ − 43.3·0.05³ + 46.3·0.05² + 19.5·0.05
        // + 3.6 = 4.6851960625 J/kg/m, so 3 m/s up a 5 % grade is worth 3 × 4.6851960625 / 3.6 = 3.904330 m/s on the flat.
        // First half flat at 3 m/s and 150 bpm (EF1 = 0.02); second half uphill at 3 m/s and 180 bpm
        // (EF2 = 3.904330 / 180 = 0.0216907). Drift = (1 − 1.30144335 × 150 / 180) × 100 = −8.4536 %: the heart rate rose
        // less than the cost did. On raw speed it would read (1 − 150/180) × 100 = 16.7 %, wrongly "decoupled".
        var speed = Series((3000, 3.0));
        var distance = Enumerable.Range(0, 3000).Select(t => 3.0 * t).ToArray();
        var altitude = Enumerable.Range(0, 3000).Select(t => t < 1800 ? 0 : 0.15 * (t - 1800)).ToArray();
        var heart = Series((1800, 150), (1200, 180));

        var drift = AerobicDecoupling.OfPace(speed, altitude, distance, heart)!;

        var cost = (155.4 * Math.Pow(0.05, 5)) - (30.4 * Math.Pow(0.05, 4)) - (43.3 * Math.Pow(0.05, 3)) + (46.3 * 0.0025) + (19.5 * 0.05) + 3.6;
        Assert.Equal(4.6851960625, cost, 1e-12);
        Assert.Equal(3 * cost / 3.6 / 180, drift.SecondHalfRatio, 1e-9);
        Assert.Equal((1 - (cost / 3.6 * 150 / 180)) * 100, drift.Percent, 1e-6);
        Assert.False(drift.Decoupled);
    }

    [Fact]
    public void OfPace_StandingStill_IsCountedOut()
    {
        // Hand-computed: a 240 s stop (0 m/s, 120 bpm) at a traffic light inside the second half of the flat run above is left
        // out, so the drift stays (1 − 150/160) × 100 = 6.25 %; counted in, the lower heart rate would hide part of it.
        var speed = Series((2400, 3.0), (240, 0), (600, 3.0));
        var distance = new double[3240];
        for (var t = 1; t < distance.Length; t++)
        {
            distance[t] = distance[t - 1] + speed[t];
        }

        var heart = Series((1800, 150), (600, 160), (240, 120), (600, 160));

        var drift = AerobicDecoupling.OfPace(speed, new double[3240], distance, heart)!;

        Assert.Equal(6.25, drift.Percent, 1e-9);
        Assert.Equal(240, drift.StoppedSeconds);
        Assert.Equal(2400, drift.AnalysedSeconds);
    }

    [Fact]
    public void OfPace_NoAltitude_UsesFlatPace()
    {
        var drift = AerobicDecoupling.OfPace(Series((3000, 3.0)), [], [], Series((1800, 150), (1200, 160)))!;

        Assert.Equal(DecouplingBasis.Pace, drift.Basis);
        Assert.Equal(6.25, drift.Percent, 1e-9);
    }

    [Fact]
    public void Of_RideWithoutPower_ShortSessionOrNoHeartRate_IsNull()
    {
        var ride = new ActivityStreams("r", [.. Enumerable.Range(0, 3000)], new double[3000], Series((3000, 8.0)), new double[3000], Series((3000, 140)), null);

        Assert.Null(AerobicDecoupling.Of(Sport.Ride, ride));
        Assert.Null(AerobicDecoupling.Of(Sport.Run, ride with { HeartRate = null }));
        Assert.Equal(DecouplingBasis.GradedPace, AerobicDecoupling.Of(Sport.Run, ride)!.Basis);
        Assert.Equal(DecouplingBasis.Pace, AerobicDecoupling.Of(Sport.Swim, ride)!.Basis);
        // 600 s warm-up + 599 s: one second short of the 600 s the two halves need.
        Assert.Null(AerobicDecoupling.OfPace(Series((1199, 3.0)), [], [], Series((1199, 150))));
        Assert.Null(AerobicDecoupling.OfPower(Series((3000, 200)), Series((3000, double.NaN)), Series((3000, 8.0))));
    }
}
