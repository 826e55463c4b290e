using Pierre.Fitness.Model;
using Pierre.Providers.Synthetic;

namespace Pierre.Providers.Tests.Synthetic;

public sealed class SyntheticAthleteTests
{
    private static readonly Guid UserA = Guid.Parse("0190f6a1-0000-7000-8000-00000000000a");
    private static readonly Guid UserB = Guid.Parse("0190f6a1-0000-7000-8000-00000000000b");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    [Fact]
    public void Activities_ForTheSameUser_AreIdenticalEveryTime()
    {
        Assert.Equal(SyntheticAthlete.Activities(UserA, Now), SyntheticAthlete.Activities(UserA, Now));
        Assert.Equal(SyntheticAthlete.Profile(UserA), SyntheticAthlete.Profile(UserA));
    }

    [Fact]
    public void Activities_ForAnotherUser_Differ()
    {
        Assert.NotEqual(
            SyntheticAthlete.Activities(UserA, Now).Select(a => a.DistanceMeters),
            SyntheticAthlete.Activities(UserB, Now).Select(a => a.DistanceMeters));
    }

    [Fact]
    public void Activities_CoverTwoYearsNewestFirstWithOneIdPerDay()
    {
        var activities = SyntheticAthlete.Activities(UserA, Now);

        Assert.InRange(activities.Count, 500, 700);
        Assert.Equal(activities.OrderByDescending(a => a.StartTime), activities);
        Assert.Equal(activities.Count, activities.Select(a => a.Id).Distinct().Count());
        Assert.True(DateOnly.FromDateTime(activities[^1].StartTime.UtcDateTime) >= Today.AddDays(-SyntheticAthlete.HistoryDays + 1));
        Assert.Equal([Sport.Run, Sport.Ride, Sport.Swim], activities.Select(a => a.Sport).Distinct().Order());
    }

    [Theory]
    [InlineData(Sport.Run, 165, 420)]
    [InlineData(Sport.Swim, 600, 1700)]
    public void PacesAndHeartRates_ArePhysiologicallyPlausible(Sport sport, double minPaceSecondsPerKm, double maxPaceSecondsPerKm)
    {
        var athlete = SyntheticAthlete.Profile(UserA);
        foreach (var activity in SyntheticAthlete.Activities(UserA, Now).Where(a => a.Sport == sport))
        {
            Assert.InRange(activity.PaceSecondsPerKilometer!.Value, minPaceSecondsPerKm, maxPaceSecondsPerKm);
            Assert.InRange(activity.AverageHeartRate!.Value, athlete.RestingHeartRate, athlete.MaxHeartRate);
            Assert.Null(activity.AveragePowerWatts);
        }
    }

    [Fact]
    public void Marathons_AreRunOnSundaysAfterATaper()
    {
        var activities = SyntheticAthlete.Activities(UserA, Now);
        var races = activities.Where(a => a.Name == "Marathon").ToList();

        Assert.Equal(2, races.Count);
        foreach (var race in races)
        {
            Assert.Equal(42_195, race.DistanceMeters);
            Assert.Equal(DayOfWeek.Sunday, race.StartTime.DayOfWeek);
            double Volume(double fromDaysBefore, double toDaysBefore) => activities
                .Where(a => (race.StartTime - a.StartTime).TotalDays is var d && d > toDaysBefore && d <= fromDaysBefore)
                .Sum(a => a.DurationSeconds);
            Assert.True(Volume(7, 0.5) < 0.7 * Volume(42, 14) / 4, $"taper week {Volume(7, 0.5)} s vs {Volume(42, 14) / 4} s a week before it");
        }
    }

    [Theory]
    [InlineData(Sport.Run)]
    [InlineData(Sport.Ride)]
    [InlineData(Sport.Swim)]
    public void Streams_HaveOneSamplePerSecondAndAgreeWithTheSummary(Sport sport)
    {
        var activity = SyntheticAthlete.Activities(UserA, Now).First(a => a.Sport == sport);

        var streams = SyntheticAthlete.Streams(UserA, activity.Id, Now)!;

        var n = (int)activity.DurationSeconds;
        Assert.Equal(n, streams.TimeSeconds.Length);
        Assert.All(new[] { streams.DistanceMeters, streams.SpeedMetersPerSecond, streams.AltitudeMeters }, s => Assert.Equal(n, s.Length));
        Assert.Equal(activity.DistanceMeters, streams.DistanceMeters[^1], activity.DistanceMeters * 0.01);
        Assert.Equal(activity.AverageHeartRate!.Value, streams.HeartRate!.Average(), 1.0);
        Assert.Equal(sport == Sport.Ride, streams.PowerWatts is not null);
        if (streams.PowerWatts is { } power)
        {
            Assert.Equal(activity.AveragePowerWatts!.Value, power.Average(), activity.AveragePowerWatts.Value * 0.01);
        }
    }

    [Fact]
    public void Streams_OfIntervals_AlternateHardAndEasy_AndRepeatExactly()
    {
        var activity = SyntheticAthlete.Activities(UserA, Now).First(a => a.Name == "Track intervals");

        var streams = SyntheticAthlete.Streams(UserA, activity.Id, Now)!;

        double start = 0;
        var work = new List<double>();
        var jog = new List<double>();
        foreach (var segment in SyntheticScience.SegmentsOf(UserA, activity))
        {
            var samples = streams.SpeedMetersPerSecond[(int)Math.Round(start)..(int)Math.Round(start + segment.Seconds)];
            (segment.Level > 0.9 ? work : segment.Level < 0.6 ? jog : []).AddRange(samples);
            start += segment.Seconds;
        }

        Assert.InRange(work.Count, 5 * 180, 6 * 240);
        Assert.True(work.Average() > 1.5 * jog.Average(), $"work {work.Average():0.00} m/s vs recovery {jog.Average():0.00} m/s");
        Assert.Equal(streams.HeartRate, SyntheticAthlete.Streams(UserA, activity.Id, Now)!.HeartRate);
        Assert.Null(SyntheticAthlete.Streams(UserA, "syn-19000101", Now));
    }
}
