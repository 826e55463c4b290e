using Pierre.Fitness.Configuration;
using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Goals;

public sealed class GoalFeasibilityTests
{
    private static readonly DateOnly Today = GoalActivities.Today;
    private static readonly TrainingProfile Recreational = TrainingProfiles.Recreational;

    /// <summary>10 km of running every day for 4 weeks: 70 km a week.</summary>
    private static readonly List<Activity> TenKmADay = GoalActivities.Daily(28, Sport.Run, 10, 55);

    private static GoalSpec RunKm(double km, int days) => new(GoalKind.Distance, Sport.Run, km, Today, Today.AddDays(days));

    [Theory]
    [InlineData(0, 10, 20, FeasibilityVerdict.Feasible, 100)]
    [InlineData(5, 10, 20, FeasibilityVerdict.Feasible, 85)]
    [InlineData(10, 10, 20, FeasibilityVerdict.Feasible, 70)]
    [InlineData(15, 10, 20, FeasibilityVerdict.Challenging, 50)]
    [InlineData(20, 10, 20, FeasibilityVerdict.Challenging, 30)]
    [InlineData(40, 10, 20, FeasibilityVerdict.Unrealistic, 15)]
    [InlineData(5, 0, 10, FeasibilityVerdict.Challenging, 50)]
    [InlineData(5, 0, 0, FeasibilityVerdict.Unrealistic, 0)]
    public void Judge_PlacesTheNeedAgainstTheCurrentAndSafeRates(double needed, double current, double safe, FeasibilityVerdict verdict, int confidence) =>
        Assert.Equal((verdict, confidence), GoalFeasibility.Judge(needed, current, safe));

    [Fact]
    public void Assess_AModestDistance_IsFeasible()
    {
        // Today's 10 km already count: 130 km left, 140 km at the current 70 km a week: 100 − 30 × 130/140 = 72.
        var report = GoalFeasibility.Assess(RunKm(140, 14), TenKmADay, Recreational, Today)!;

        Assert.Equal((FeasibilityVerdict.Feasible, 72), (report.Verdict, report.Confidence));
        Assert.Equal((130.0, 140.0, 70.0), (report.Needed, report.ReachableAtCurrentRate, report.CurrentRatePerWeek!.Value));
        Assert.Equal(0, report.RequiredWeeklyIncrease);
        Assert.Null(report.AlternativeTarget);
    }

    [Fact]
    public void Assess_MoreThanTheCurrentRateButWithinEightPercentAWeek_IsChallenging()
    {
        // 8 % a week for 2 weeks: 70 × 1.08 + 70 × 1.08² = 157.248 km; 150 km needs 70 (x + x²) = 150, x = 1.0469.
        var report = GoalFeasibility.Assess(RunKm(160, 14), TenKmADay, Recreational, Today)!;

        Assert.Equal(FeasibilityVerdict.Challenging, report.Verdict);
        Assert.Equal(157.248, report.ReachableAtSafeRate, 9);
        Assert.Equal(0.0469, report.RequiredWeeklyIncrease!.Value, 4);
    }

    [Fact]
    public void Assess_AnAbsurdDistance_IsUnrealisticWithTheSafeAlternative()
    {
        var report = GoalFeasibility.Assess(RunKm(400, 14), TenKmADay, Recreational, Today)!;

        // 30 × 157.248 / 390 = 12.1; the alternative is 10 + 157.248 km; 390 km at 8 % a week takes
        // ln(1 + 390 × 0.08 / (70 × 1.08)) / ln 1.08 = 4.49 weeks = 32 days.
        Assert.Equal((FeasibilityVerdict.Unrealistic, 12), (report.Verdict, report.Confidence));
        Assert.Equal(167.2, report.AlternativeTarget);
        Assert.Equal(Today.AddDays(32), report.AlternativeDate);
    }

    [Fact]
    public void Assess_WithZeroRecentVolume_IsUnrealisticWithNoAlternative()
    {
        var report = GoalFeasibility.Assess(RunKm(50, 28), [], Recreational, Today)!;

        Assert.Equal((FeasibilityVerdict.Unrealistic, 0), (report.Verdict, report.Confidence));
        Assert.Null(report.RequiredWeeklyIncrease);
        Assert.Null(report.AlternativeTarget);
        Assert.Null(report.AlternativeDate);
    }

    [Fact]
    public void Assess_AfterTheTargetDate_LeavesNoTime()
    {
        var goal = new GoalSpec(GoalKind.Distance, Sport.Run, 1000, Today.AddDays(-20), Today.AddDays(-1));

        var report = GoalFeasibility.Assess(goal, TenKmADay, Recreational, Today)!;

        Assert.Equal((0.0, 800.0), (report.WeeksLeft, report.Needed));
        Assert.Equal(FeasibilityVerdict.Unrealistic, report.Verdict);
        Assert.Null(report.RequiredRatePerWeek);
    }

    [Theory]
    [InlineData(4, FeasibilityVerdict.Feasible, 70)]
    [InlineData(5, FeasibilityVerdict.Challenging, 30)]
    [InlineData(7, FeasibilityVerdict.Unrealistic, 21)]
    public void Assess_Frequency_AllowsOneMoreSessionAWeekAndKeepsTheProfilesRestDays(int sessions, FeasibilityVerdict verdict, int confidence)
    {
        var fourAWeek = Enumerable.Range(0, 28).Where(i => i % 7 < 4).Select(i => GoalActivities.On(Today.AddDays(-i), Sport.Ride, 30, 60)).ToList();
        var goal = new GoalSpec(GoalKind.Frequency, null, sessions, Today, Today.AddDays(55));

        var report = GoalFeasibility.Assess(goal, fourAWeek, Recreational, Today)!;

        Assert.Equal((verdict, confidence), (report.Verdict, report.Confidence));
        Assert.Equal(verdict == FeasibilityVerdict.Unrealistic ? 5 : (double?)null, report.AlternativeTarget);
    }

    [Fact]
    public void Assess_ARaceTenVdotPointsAwayInTwelveWeeks_IsUnrealistic()
    {
        // VDOT 50 (5 km in 19:57) to 60 (17:03): 10 points where 12 weeks give at most 3.
        var report = GoalFeasibility.Assess(Race(1023, 84), [GoalActivities.On(Today.AddDays(-3), Sport.Run, 5, 19.95)], Recreational, Today)!;

        Assert.Equal(FeasibilityVerdict.Unrealistic, report.Verdict);
        Assert.Equal((2.0, 3.0), (report.ReachableAtCurrentRate, report.ReachableAtSafeRate));
        Assert.Equal(Math.Ceiling(Vdot.PredictSeconds(report.CurrentVdot!.Value + 3, 5000)!.Value), report.AlternativeTarget);
    }

    [Fact]
    public void Assess_ARaceOneVdotPointAwayInTwelveWeeks_IsFeasible()
    {
        var current = Vdot.FromRace(5000, 1197)!.Value;
        var target = Math.Ceiling(Vdot.PredictSeconds(current + 1, 5000)!.Value);

        var report = GoalFeasibility.Assess(Race(target, 84), [GoalActivities.On(Today.AddDays(-3), Sport.Run, 5, 19.95)], Recreational, Today)!;

        Assert.Equal(FeasibilityVerdict.Feasible, report.Verdict);
        Assert.InRange(report.Needed, 0.9, 1.0);
    }

    [Fact]
    public void Assess_ARaceWithoutARecentRun_IsNull() =>
        Assert.Null(GoalFeasibility.Assess(Race(1197, 84), [GoalActivities.On(Today.AddDays(-91), Sport.Run, 5, 20)], Recreational, Today));

    private static GoalSpec Race(double seconds, int days) => new(GoalKind.Race, Sport.Run, seconds, Today, Today.AddDays(days), 5000);
}
