using Pierre.Fitness.Analysis;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class AerobicDecouplingTests
{
    [Fact]
    public void Of_SameSpeedHigherHeartRateLater_DriftsSixPercent()
    {
        // 3 m/s throughout; HR 150 then 160: EF 0.02 then 0.01875 → (0.02 − 0.01875) / 0.02 = 6.25 % > 5 %.
        var speed = Enumerable.Repeat(3.0, 200).ToArray();
        var heart = Enumerable.Range(0, 200).Select(i => i < 100 ? 150.0 : 160.0).ToArray();

        var drift = AerobicDecoupling.Of(speed, heart)!;

        Assert.Equal(0.02, drift.FirstHalfRatio, 1e-12);
        Assert.Equal(6.25, drift.Percent, 1e-9);
        Assert.True(drift.Decoupled);
    }

    [Fact]
    public void Of_Steady_IsCoupled()
    {
        var drift = AerobicDecoupling.Of(Enumerable.Repeat(250.0, 60).ToArray(), Enumerable.Repeat(140.0, 60).ToArray())!;

        Assert.Equal(0, drift.Percent, 1e-12);
        Assert.False(drift.Decoupled);
    }

    [Fact]
    public void Of_NaNSamples_AreSkipped()
    {
        var speed = Enumerable.Repeat(3.0, 200).ToArray();
        var heart = Enumerable.Range(0, 200).Select(i => i < 100 ? 150.0 : 160.0).ToArray();
        heart[5] = double.NaN;
        speed[150] = double.NaN;

        Assert.Equal(6.25, AerobicDecoupling.Of(speed, heart)!.Percent, 1e-9);
    }

    [Fact]
    public void Of_EmptyOneSampleZeroOutputOrNoHeartRate_IsNull()
    {
        Assert.Null(AerobicDecoupling.Of([], []));
        Assert.Null(AerobicDecoupling.Of([3], [150]));
        Assert.Null(AerobicDecoupling.Of(new double[100], Enumerable.Repeat(150.0, 100).ToArray()));
        Assert.Null(AerobicDecoupling.Of(Enumerable.Repeat(3.0, 100).ToArray(), Enumerable.Repeat(double.NaN, 100).ToArray()));
    }
}
