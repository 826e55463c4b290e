using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Performance;

/// <summary>Reference efforts are rows of Daniels' VDOT table (Daniels' Running Formula): VDOT 50 runs the marathon in 3:10:49, VDOT 40 the 10K in 50:03 and the marathon in 3:49:45.</summary>
public sealed class RaceReferenceTests
{
    private static readonly RaceEffort Marathon = new("m", 42195, (3 * 3600) + (10 * 60) + 49);
    private static readonly RaceEffort TenK = new("t", 10000, (50 * 60) + 3);

    [Fact]
    public void ForTheMarathon_TheMarathonRunIsNotItsOwnReference()
    {
        var (effort, vdot) = RaceReference.Best([Marathon, TenK], 42195, 3000)!.Value;

        Assert.Same(TenK, effort);
        Assert.Equal(40, vdot, 0.5);
        // VDOT 40's marathon in Daniels' table is 3:49:45 = 13,785 s, not the 11,449 s that was run.
        Assert.Equal(13_785, Vdot.PredictSeconds(vdot, 42195)!.Value, 13_785 * 0.01);
    }

    [Fact]
    public void ForA5K_TheBestVdotIsTheReference()
    {
        var (effort, vdot) = RaceReference.Best([Marathon, TenK], 5000, 3000)!.Value;

        Assert.Same(Marathon, effort);
        Assert.Equal(50, vdot, 0.5);
    }

    [Theory]
    [InlineData(38_000, true)]   // 9.9 % short of the marathon
    [InlineData(37_900, false)]  // 10.2 % short
    [InlineData(46_400, true)]
    [InlineData(46_500, false)]
    public void NearTarget_IsWithinTenPercent(double meters, bool near) => Assert.Equal(near, RaceReference.NearTarget(meters, 42195));

    [Fact]
    public void OnlyRunsAtTheTarget_LeaveNoReference() => Assert.Null(RaceReference.Best([Marathon], 42195, 3000));
}
