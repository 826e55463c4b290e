using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Goals;

public sealed class GoalTrackingTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);
    private static readonly DateOnly TargetDate = Start.AddDays(9);

    /// <summary>A goal of 100 over 10 days whose value grows by <paramref name="perDay"/> every day, before the start too.</summary>
    private static GoalTrack Linear(double perDay, DateOnly today) =>
        GoalTracking.Track(Start, TargetDate, 100, d => perDay * (d.DayNumber - Start.DayNumber + 1), today);

    [Fact]
    public void Track_OnTheLinearPath_IsOnTrackWithMilestonesAndAProjectionOfTheTarget()
    {
        var track = Linear(10, Start.AddDays(4));

        Assert.Equal(50, track.Current);
        Assert.Equal(50, track.Percent);
        Assert.Equal(50, track.Expected);
        Assert.Equal(GoalPace.OnTrack, track.Pace);
        Assert.Equal([Start.AddDays(2), Start.AddDays(4), null, null], track.Milestones.Select(m => m.ReachedOn));
        Assert.Equal([25.0, 50, 75, 100], track.Milestones.Select(m => m.Value));
        Assert.Equal(70, track.RatePerWeek!.Value, 9);
        Assert.Equal(100, track.Projected!.Value, 9);
        Assert.Equal((5, 5), (track.DaysElapsed, track.DaysLeft));
    }

    [Theory]
    [InlineData(5, GoalPace.Behind)]
    [InlineData(11, GoalPace.OnTrack)]
    [InlineData(12, GoalPace.Ahead)]
    public void Track_ComparesWithTheLinearPathWithinFivePercentOfTheGoal(double perDay, GoalPace expected) =>
        Assert.Equal(expected, Linear(perDay, Start.AddDays(4)).Pace);

    [Fact]
    public void Track_WhenTheTargetIsReached_IsAchievedOnThatDay()
    {
        var track = Linear(25, Start.AddDays(6));

        Assert.Equal(GoalPace.Achieved, track.Pace);
        Assert.Equal(Start.AddDays(3), track.AchievedOn);
        Assert.Equal(175, track.Percent);
    }

    [Fact]
    public void Track_AfterTheTargetDate_StopsCountingAndIsMissed()
    {
        var track = Linear(5, TargetDate.AddDays(20));

        Assert.Equal(GoalPace.Missed, track.Pace);
        Assert.Equal(50, track.Current);
        Assert.Equal(100, track.Expected);
        Assert.Equal(0, track.DaysLeft);
        Assert.Equal(50, track.Projected);
    }

    [Fact]
    public void Track_WithNoActivities_IsBehindWithZeroRateAndNoMilestone()
    {
        var today = GoalActivities.Today;
        var goal = new GoalSpec(GoalKind.Distance, Sport.Run, 100, today.AddDays(-10), today.AddDays(9));

        var track = GoalTracking.Track(goal, [], today);

        Assert.Equal((0.0, 0.0, 0.0, 0.0), (track.Current!.Value, track.Percent, track.RatePerWeek!.Value, track.Projected!.Value));
        Assert.Equal(GoalPace.Behind, track.Pace);
        Assert.All(track.Milestones, m => Assert.Null(m.ReachedOn));
    }

    [Fact]
    public void Track_ARaceGoalWithoutRuns_HasNoData()
    {
        var today = GoalActivities.Today;
        var goal = new GoalSpec(GoalKind.Race, Sport.Run, 1197, today.AddDays(-10), today.AddDays(60), 5000);

        var track = GoalTracking.Track(goal, [GoalActivities.On(today, Sport.Ride, 40, 80)], today);

        Assert.Equal(GoalPace.NoData, track.Pace);
        Assert.Empty(track.Milestones);
    }

    [Fact]
    public void Track_ARaceGoal_MeasuresTheVdotGapClosedSinceTheStart()
    {
        var today = GoalActivities.Today;
        var goal = new GoalSpec(GoalKind.Race, Sport.Run, 1197, today.AddDays(-10), today.AddDays(60), 5000);
        Activity[] runs = [GoalActivities.On(today.AddDays(-20), Sport.Run, 5, 24), GoalActivities.On(today.AddDays(-2), Sport.Run, 5, 21.5)];
        var (before, after, target) = (Vdot.FromRace(5000, 1440)!.Value, Vdot.FromRace(5000, 1290)!.Value, Vdot.FromRace(5000, 1197)!.Value);

        var track = GoalTracking.Track(goal, runs, today);

        Assert.Equal(before, track.Baseline);
        Assert.Equal(target, track.Target);
        Assert.Equal(100 * (after - before) / (target - before), track.Percent, 9);
        Assert.Equal(today.AddDays(-2), track.Milestones[0].ReachedOn);
    }

    [Fact]
    public void Track_ARaceGoalAlreadyBeaten_IsAchievedOnTheStartDate()
    {
        var today = GoalActivities.Today;
        var goal = new GoalSpec(GoalKind.Race, Sport.Run, 1500, today.AddDays(-10), today.AddDays(60), 5000);

        var track = GoalTracking.Track(goal, [GoalActivities.On(today.AddDays(-30), Sport.Run, 5, 20)], today);

        Assert.Equal(GoalPace.Achieved, track.Pace);
        Assert.Equal(goal.StartDate, track.AchievedOn);
        Assert.Equal(100, track.Percent);
    }
}
