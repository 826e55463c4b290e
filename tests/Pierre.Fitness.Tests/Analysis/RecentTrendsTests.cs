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

    [Fact]
    public void FitHeartRateAtSimilarEffort_LeavesOutSessionsOutsideTheBand_ByHand()
    {
        // Five tempo runs at 5:00/km (3000 s for 10 km), 4, 3, 2, 1 and 0 weeks ago, at 160, 158, 156, 154, 152 bpm: the
        // median pace is 300 s/km, the band 285–315. The easy runs at 6:00/km (130 bpm, this week) fall outside it, so the
        // line is the tempo runs' alone: −2 bpm a week over 5 sessions. Averaging every run would mix easy and hard days.
        Activity[] history =
        [
            .. Enumerable.Range(0, 5).Select(w => Activity($"t{w}", daysAgo: 7 * w, seconds: 3000, hr: 152 + (2 * w))),
            Activity("e1", daysAgo: 1, seconds: 3600, hr: 130),
            Activity("e2", daysAgo: 2, seconds: 3600, hr: 130),
        ];

        var line = RecentTrends.FitHeartRateAtSimilarEffort(history, Sport.Run, Now, 12)!;

        Assert.Equal(5, line.Count);
        Assert.Equal(-2, line.Slope, 1e-9);
    }

    [Fact]
    public void FitHeartRateAtSimilarEffort_RidesUsePowerBand()
    {
        // Rides at 200 W (three) and 140 W (two): the median is 200 W, band 190–210 W, so only the three 200 W rides count.
        Activity[] rides =
        [
            .. Enumerable.Range(0, 3).Select(w => Activity($"h{w}", Sport.Ride, daysAgo: (7 * w) + 1, hr: 150 + w, watts: 200)),
            Activity("l1", Sport.Ride, daysAgo: 3, hr: 120, watts: 140),
            Activity("l2", Sport.Ride, daysAgo: 10, hr: 121, watts: 140),
        ];

        Assert.Equal(3, RecentTrends.FitHeartRateAtSimilarEffort(rides, Sport.Ride, Now, 12)!.Count);
        Assert.Null(RecentTrends.FitHeartRateAtSimilarEffort(rides.Take(2), Sport.Ride, Now, 12));
    }
}
