using Pierre.Fitness.Analysis;
using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class RecommendationsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    private static readonly TrainingProfile Profile = TrainingProfiles.Recreational;

    private static TrainingPatterns Patterns(
        double hardShare = 0.2, string intensity = "balanced", double consistentWeeks = 1, double trainingDays = 5, bool spikeThisWeek = false, double longShare = 1)
    {
        var weeks = Enumerable.Range(0, 4).Select(i => new TrainingWeek(Today.AddDays(-27 + (7 * i)), Today.AddDays(-21 + (7 * i)), 5, 5, 3600, 10_000)).ToList();
        return new TrainingPatterns(
            weeks[0].Start,
            Today,
            weeks,
            new Consistency(5, trainingDays, consistentWeeks, 2),
            new IntensityBalance((int)(hardShare * 10), 10, hardShare, Profile.HardSessionShare, intensity),
            spikeThisWeek ? [new VolumeSpike(Today, 0.25, 0.2, true, true)] : [],
            [],
            [new LongSessionPattern(Sport.Run, (int)(longShare * 4), (int)(longShare * 4), longShare, DayOfWeek.Sunday)]);
    }

    private static void AssertOrderedAndBounded(IReadOnlyList<Recommendation> list)
    {
        Assert.InRange(list.Count, 3, Recommendations.Max);
        Assert.Equal(list.Select(r => r.Priority).Order(), list.Select(r => r.Priority));
        Assert.Single(list, r => r.Reason.StartsWith("TSB ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_OverreachedWithALoadSpike_PutsRecoveryFirstAndCitesTheNumbers()
    {
        // Yesterday ended at CTL 60, ATL 95, so TSB entering today is 60 − 95 = −35; after today's rest CTL is 60 e^(−1/42) = 58.6
        // and ATL 95 e^(−1/7) = 82.3. The reason quotes the numbers TSB is made of, yesterday's, not today's.
        var list = Recommendations.Build(new LoadState(58.6, 82.3, -35, 1.58, 60, 95), Patterns(spikeThisWeek: true), [], Profile);

        AssertOrderedAndBounded(list);
        Assert.Equal(("recovery", Priority.High), (list[0].Category, list[0].Priority));
        Assert.StartsWith("TSB -35.0 (yesterday's CTL 60.0 − ATL 95.0)", list[0].Reason, StringComparison.Ordinal);
        Assert.Contains(list, r => r.Priority == Priority.High && r.Reason.Contains("1.58", StringComparison.Ordinal));
        Assert.Contains(list, r => r is { Category: "volume", Priority: Priority.High } && r.Reason.Contains("25 %", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_NoHistory_StillGivesFormIntensityAndConsistency()
    {
        var patterns = TrainingPatterns.Detect([], Ann, Profile, Today, 12);

        var list = Recommendations.Build(new LoadState(0, 0, 0, null, 0, 0), patterns, [], Profile);

        // No week had three sessions (medium); form is neutral and nothing is rated (both low).
        Assert.Equal(["consistency", "load", "intensity"], list.Select(r => r.Category));
        AssertOrderedAndBounded(list);
    }

    [Fact]
    public void Build_ManyIssues_CapsAtSixAndKeepsTheFormItem()
    {
        SportTrend[] trends = [new(Sport.Run, "pace", "s/km", 2, 0.6, 12, "declining"), new(Sport.Ride, "power", "W", -3, 0.5, 12, "declining")];

        var list = Recommendations.Build(
            new LoadState(50, 50, 0, 1.4, 50, 50), Patterns(0.5, "too much intensity", 0.25, 6.5, spikeThisWeek: true, longShare: 0.25), trends, Profile);

        Assert.Equal(Recommendations.Max, list.Count);
        AssertOrderedAndBounded(list);
        Assert.Equal(Priority.High, list[0].Priority);
        Assert.Contains(list, r => r.Category == "load" && r.Priority == Priority.Low);
    }

    [Theory]
    [InlineData(-12.34, "TSB -12.3")]
    [InlineData(7.06, "TSB +7.1")]
    [InlineData(30, "TSB +30.0")]
    public void Build_CitesTsbRoundedToOneDecimal(double tsb, string expected)
    {
        var list = Recommendations.Build(new LoadState(40, 40 - tsb, tsb, 1.0, 40, 40 - tsb), Patterns(), [], Profile);

        Assert.Contains(list, r => r.Reason.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ImprovingTrendAndBalancedTraining_AreLowPriorityEncouragement()
    {
        var list = Recommendations.Build(new LoadState(50, 55, -5, 1.1, 50, 55), Patterns(), [new(Sport.Run, "pace", "s/km", -1.5, 0.7, 12, "improving")], Profile);

        Assert.All(list, r => Assert.Equal(Priority.Low, r.Priority));
        Assert.Contains(list, r => r.Category == "progress" && r.Reason.Contains("-1.5 s/km a week", StringComparison.Ordinal));
    }
}
