using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class ActivityComparisonTests
{
    private static PerformanceSummary Summary(double speed, double? hr) =>
        new(1, 3000, speed * 3000, speed, hr, null, PerformanceSummary.Efficiency(speed, hr));

    [Theory]
    [InlineData(3.3, 150, "better")]   // 10 % faster, same HR: 10 % more metres per beat
    [InlineData(3.3, 170, "harder")]   // 10 % faster, efficiency −2.9 %
    [InlineData(3.0, 140, "fitter")]   // same speed, 7 % more metres per beat
    [InlineData(3.0, 160, "worse")]    // same speed, 6 % fewer
    [InlineData(3.02, 151, "similar")]
    [InlineData(2.7, 135, "easier")]   // 10 % slower, same metres per beat
    [InlineData(2.7, 150, "worse")]    // 10 % slower, 10 % fewer metres per beat
    public void Compare_VerdictFromSpeedAndEfficiency(double speed, double hr, string verdict)
    {
        var comparison = ActivityComparison.Compare(Summary(speed, hr), Summary(3, 150), Sport.Run);

        Assert.Equal(verdict, comparison.Verdict);
    }

    [Fact]
    public void Compare_DifferencesAreThisMinusOther_InUnitsAndPercent()
    {
        var comparison = ActivityComparison.Compare(Summary(3.3, 150), Summary(3, 150), Sport.Run);

        var speed = comparison.Differences.Single(d => d.Metric == "speed_m_s");
        var pace = comparison.Differences.Single(d => d.Metric == "pace_s_per_km");
        Assert.Equal(0.3, speed.Difference, 1e-12);
        Assert.Equal(10, speed.DifferencePercent!.Value, 1e-9);
        Assert.Equal((1000 / 3.3) - (1000 / 3.0), pace.Difference, 1e-9);
        Assert.DoesNotContain(comparison.Differences, d => d.Metric == "power_w");
    }

    [Fact]
    public void Compare_RideHasNoPace_AndNoHeartRateJudgesOnSpeedAlone()
    {
        var ride = ActivityComparison.Compare(Summary(9, null), Summary(8, null), Sport.Ride);

        Assert.DoesNotContain(ride.Differences, d => d.Metric == "pace_s_per_km");
        Assert.Equal("faster", ride.Verdict);
        Assert.Equal("not_comparable", ActivityComparison.Compare(Summary(0, null) with { SpeedMetersPerSecond = null }, Summary(8, null), Sport.Ride).Verdict);
    }

    [Fact]
    public void Compare_ZeroBaseline_HasNoPercent()
    {
        var comparison = ActivityComparison.Compare(Summary(3, 150), Summary(3, 150) with { DistanceMeters = 0 }, Sport.Run);

        Assert.Null(comparison.Differences.Single(d => d.Metric == "distance_m").DifferencePercent);
    }
}
