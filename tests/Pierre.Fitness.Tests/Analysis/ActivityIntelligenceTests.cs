using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class ActivityIntelligenceTests
{
    [Fact]
    public void Effect_IsStressOverTheMedianOfTheSportsOtherRecentSessions()
    {
        // Duration-only stress is 50 per hour: the subject 100 (2 h), the others 25, 50, 75 → median 50 → ratio 2.0.
        var subject = Activity("me", seconds: 7200, hr: null);
        Activity[] history = [subject, Activity("a", seconds: 1800, hr: null), Activity("b", seconds: 3600, hr: null), Activity("c", seconds: 5400, hr: null), Activity("old", daysAgo: 100, hr: null)];

        var effect = ActivityIntelligence.Effect(subject, history, AnnWithoutThresholds, Now);

        Assert.Equal((100.0, 50.0, 2.0, "heavy"), (effect.Stress, effect.TypicalStress!.Value, effect.Ratio!.Value, effect.Label));
    }

    [Fact]
    public void Effect_FewerThanThreeOthers_HasNoTypical()
    {
        var subject = Activity("me");

        var effect = ActivityIntelligence.Effect(subject, [subject, Activity("a")], Ann, Now);

        Assert.Null(effect.Ratio);
        Assert.Equal("no typical session yet", effect.Label);
    }

    [Fact]
    public void CompareWithSimilar_RanksBySpeedAndGivesThePercentDifference()
    {
        // Speeds: subject 10 km / 3000 s = 3.333; others 3.0 and 4.0 → mean 3.5, subject 4.76 % slower, rank 2 of 3.
        var subject = Activity("me");
        Activity[] history = [subject, Activity("slow", seconds: 10_000 / 3.0), Activity("fast", seconds: 2500)];

        var similar = ActivityIntelligence.CompareWithSimilar(subject, history, Now);

        Assert.Equal(2, similar.Count);
        Assert.Equal(3.5, similar.AverageSpeedMetersPerSecond!.Value, 1e-9);
        Assert.Equal(((10.0 / 3) - 3.5) / 3.5 * 100, similar.SpeedDifferencePercent!.Value, 1e-9);
        Assert.Equal(2, similar.Rank);
    }

    [Fact]
    public void CompareWithSimilar_None_HasNoAverageButRankOne()
    {
        var similar = ActivityIntelligence.CompareWithSimilar(Activity("me"), [Activity("me")], Now);

        Assert.Equal((0, 1), (similar.Count, similar.Rank));
        Assert.Null(similar.SpeedDifferencePercent);
    }

    [Fact]
    public void Of_OneActivity_IsAPersonalBestWithTwoToFourInsights()
    {
        var run = Activity("me", seconds: 2501, meters: 10_000, hr: 151);

        var insights = ActivityIntelligence.Of(run, ActivityAnalysis.Of(run, Steady(2501, 4, 151), AnnWithoutThresholds), [run], AnnWithoutThresholds, Now);

        Assert.Equal("steady run", insights.SessionType);
        Assert.True(insights.PersonalBest.IsPersonalBest);
        Assert.InRange(insights.Insights.Count, 2, 4);
        Assert.Contains(insights.Insights, i => i.Contains("fastest run", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Sport.Run, 5400, Effort.Easy, 0.02, "long run")]
    [InlineData(Sport.Run, 5399, Effort.Easy, 0.02, "easy run")]
    [InlineData(Sport.Run, 6000, Effort.VeryHard, 0.02, "race-effort run")]
    [InlineData(Sport.Ride, 3600, Effort.Hard, 0.15, "interval ride")]
    [InlineData(Sport.Ride, 3600, Effort.Easy, 0.15, "easy ride")]
    [InlineData(Sport.Swim, 9000, Effort.Moderate, null, "steady swim")]
    [InlineData(Sport.Other, 600, null, null, "unrated session")]
    public void SessionType_LongThenIntervalsThenEffort(Sport sport, double seconds, Effort? effort, double? variation, string expected) =>
        Assert.Equal(expected, SessionType.Classify(Activity("x", sport, seconds: seconds), effort, variation));
}
