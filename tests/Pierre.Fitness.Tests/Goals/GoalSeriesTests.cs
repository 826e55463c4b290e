using Pierre.Fitness.Goals;
using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;

namespace Pierre.Fitness.Tests.Goals;

public sealed class GoalSeriesTests
{
    private static readonly DateOnly Jan1 = new(2026, 1, 1);

    [Theory]
    [InlineData(-1, -5)]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 12)]
    [InlineData(8, 12)]
    [InlineData(9, 16)]
    public void Cumulative_CountsFromTheStartDate(int day, double expected)
    {
        var amounts = new[] { (Jan1, 5.0), (Jan1.AddDays(2), 10.0), (Jan1.AddDays(2), 2.0), (Jan1.AddDays(9), 4.0) };

        var valueOn = GoalSeries.Cumulative(amounts, start: Jan1.AddDays(2));

        Assert.Equal(expected, valueOn(Jan1.AddDays(day)));
    }

    [Fact]
    public void WeeksOnTarget_CountsABlockOnTheDayItReachesTheTarget_AndNoBlockPastTheLastWholeWeek()
    {
        var start = new DateOnly(2026, 1, 5);
        var goal = new GoalSpec(GoalKind.Frequency, null, 2, start, start.AddDays(15));
        DateOnly[] sessions = [start.AddDays(-6), start.AddDays(-5), start, start.AddDays(2), start.AddDays(7), start.AddDays(14), start.AddDays(15)];

        var weeks = GoalSeries.WeeksOnTarget(sessions, goal).OrderBy(w => w.Date).ToList();

        Assert.Equal(2, goal.Weeks);
        Assert.Equal(new[] { (start.AddDays(-5), 1.0), (start.AddDays(2), 1.0) }, weeks);
    }

    [Fact]
    public void BestVdot_IsTheBestRunOfAtLeast3KmInTheLast90Days()
    {
        var fast = Jan1;
        var slow = Jan1.AddDays(30);
        var runs = new[] { (fast, 5000.0, 1197.0), (slow, 10000.0, 3003.0), (slow.AddDays(1), 2000.0, 300.0) };

        var best = GoalSeries.BestVdot(runs);

        Assert.Null(best(fast.AddDays(-1)));
        Assert.Equal(Vdot.FromRace(5000, 1197), best(fast.AddDays(89)));
        Assert.Equal(Vdot.FromRace(10000, 3003), best(fast.AddDays(90)));
        Assert.Null(best(slow.AddDays(90)));
    }

    [Fact]
    public void For_ATimeGoalWithoutSport_CountsEverySport()
    {
        var today = GoalActivities.Today;
        var goal = new GoalSpec(GoalKind.Time, null, 10, today.AddDays(-1), today.AddDays(30));
        Activity[] activities = [GoalActivities.On(today, Sport.Run, 10, 60), GoalActivities.On(today.AddDays(-1), Sport.Swim, 2, 30), GoalActivities.On(today.AddDays(-2), Sport.Ride, 40, 90)];

        Assert.Equal(1.5, GoalSeries.For(goal, activities)(today));
    }
}
