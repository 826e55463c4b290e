using Pierre.Fitness.Analysis;
using Pierre.Fitness.Configuration;
using Pierre.Fitness.Model;
using static Pierre.Fitness.Tests.Analysis.Samples;

namespace Pierre.Fitness.Tests.Analysis;

public sealed class TrainingPatternsTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public void LongSessions_CountsWeeksWithALongRunOrRide_AndTheirUsualDay()
    {
        // Today is Sunday 1 March; the long runs are on Sundays 22 Feb and 1 Mar, the long ride on Saturday 28 Feb.
        Activity[] history =
        [
            Activity("run-1", daysAgo: 0, seconds: 6000), Activity("run-2", daysAgo: 7, seconds: 5700), Activity("short", daysAgo: 3, seconds: 3600),
            Activity("ride", Sport.Ride, daysAgo: 1, seconds: 9600), Activity("swim", Sport.Swim, daysAgo: 2, seconds: 9600),
        ];

        var patterns = LongSessions.Of(history, TrainingWeeks.Of(history, Today, 2));

        Assert.Equal(
            [new LongSessionPattern(Sport.Run, 2, 2, 1.0, DayOfWeek.Sunday), new LongSessionPattern(Sport.Ride, 1, 1, 0.5, DayOfWeek.Saturday)],
            patterns);
    }

    [Fact]
    public void Detect_PreferredDays_AreTrainedOnInAtLeastHalfTheWeeks()
    {
        // Sundays in three of four weeks, one Wednesday.
        Activity[] history = [Activity("s1", daysAgo: 0), Activity("s2", daysAgo: 7), Activity("s3", daysAgo: 21), Activity("w", daysAgo: 4)];

        var patterns = TrainingPatterns.Detect(history, Ann, TrainingProfiles.Recreational, Today, 4);

        Assert.Equal(DayOfWeek.Monday, patterns.Days[0].Day);
        Assert.Equal(4, patterns.Days.Sum(d => d.Sessions));
        Assert.Equal([DayOfWeek.Sunday], patterns.Days.Where(d => d.Preferred).Select(d => d.Day));
        Assert.Equal((Today.AddDays(-27), Today), (patterns.From, patterns.To));
    }

    [Fact]
    public void Detect_NoActivitiesOrZeroWeeks_GivesEmptyButWellFormedPatterns()
    {
        var patterns = TrainingPatterns.Detect([], Ann, TrainingProfiles.Recreational, Today, 0);

        Assert.Single(patterns.Weeks);
        Assert.Equal(7, patterns.Consistency.LongestGapDays);
        Assert.Null(patterns.Intensity.HardShare);
        Assert.Empty(patterns.VolumeSpikes);
        Assert.Empty(patterns.LongSessions);
        Assert.DoesNotContain(patterns.Days, d => d.Preferred);
    }
}
