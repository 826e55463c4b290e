using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class RecentTrendsTests
{
    [Fact]
    public void Of_RunsGettingFaster_ImproveAtTheirSlope_SteadyRidesAreFlat()
    {
        // One 10 km run a week, 10 s faster each week: pace falls 1 s/km per week.
        var runs = Enumerable.Range(0, 10).Select(w => Activity($"r{w}", daysAgo: 7 * w, seconds: 3000 + (10 * w)));
        var rides = Enumerable.Range(0, 10).Select(w => Activity($"b{w}", Sport.Ride, daysAgo: 7 * w, watts: 200));

        var trends = RecentTrends.Of([.. runs, .. rides], Now, 12);

        var run = trends.Single(t => t.Sport == Sport.Run);
        Assert.Equal(("pace", "improving", 10), (run.Metric, run.Direction, run.Count));
        Assert.Equal(-1, run.ChangePerWeek, 1e-9);
        Assert.Equal("flat", trends.Single(t => t.Sport == Sport.Ride).Direction);
    }

    [Fact]
    public void Of_FewerThanThreeValuesOrOutsideTheWindow_LeavesTheSportOut()
    {
        Activity[] history = [Activity("r1"), Activity("r2", daysAgo: 3), Activity("old", daysAgo: 100), Activity("swim", Sport.Swim)];

        Assert.Empty(RecentTrends.Of(history, Now, 12));
    }
}
