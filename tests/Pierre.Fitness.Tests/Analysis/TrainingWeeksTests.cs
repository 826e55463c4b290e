using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class TrainingWeeksTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    // Today is Sunday 1 March 2026: two weeks are 16–22 and 23 February–1 March.
    private static readonly Activity[] History =
    [
        Activity("today", daysAgo: 0, seconds: 1000, meters: 3000),
        Activity("sat-a", daysAgo: 1, seconds: 2000, meters: 6000),
        Activity("sat-b", daysAgo: 1.1, seconds: 3000, meters: double.NaN),
        Activity("first-day", daysAgo: 13, seconds: 4000, meters: 12_000),
        Activity("before", daysAgo: 14, seconds: 5000, meters: 15_000),
    ];

    [Fact]
    public void Of_BucketsByUtcStartDate_OldestFirst()
    {
        var weeks = TrainingWeeks.Of(History, Today, 2);

        Assert.Equal([new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 23)], weeks.Select(w => w.Start));
        Assert.Equal(Today, weeks[^1].End);
        Assert.Equal([1, 3], weeks.Select(w => w.Sessions));
        Assert.Equal([1, 2], weeks.Select(w => w.TrainingDays));
        Assert.Equal([4000.0, 6000.0], weeks.Select(w => w.DurationSeconds));
        Assert.Equal([12_000.0, 9000.0], weeks.Select(w => w.DistanceMeters));
    }

    [Fact]
    public void Consistency_MeansShareAndLongestGap()
    {
        // Trained 16 Feb, then nothing 17–27 Feb (11 days), then 28 Feb and 1 Mar.
        var consistency = TrainingWeeks.Consistency(TrainingWeeks.Of(History, Today, 2), History);

        Assert.Equal(new Consistency(2, 1.5, 0.5, 11), consistency);
    }

    [Fact]
    public void Consistency_NoActivities_IsAllGap()
    {
        var weeks = TrainingWeeks.Of([], Today, 3);

        Assert.Equal(new Consistency(0, 0, 0, 21), TrainingWeeks.Consistency(weeks, []));
    }

    [Fact]
    public void Of_ZeroWeeks_IsEmpty_AndItsConsistencyZero()
    {
        Assert.Empty(TrainingWeeks.Of(History, Today, 0));
        Assert.Equal(new Consistency(0, 0, 0, 0), TrainingWeeks.Consistency([], History));
    }
}
