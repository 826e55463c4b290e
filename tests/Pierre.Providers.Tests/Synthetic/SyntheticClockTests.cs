using Pierre.Providers.Synthetic;
using static Pierre.Providers.Tests.Synthetic.SyntheticScience;

namespace Pierre.Providers.Tests.Synthetic;

public sealed class SyntheticClockTests
{
    // A Sunday: the long run starts between 08:30 and 08:49 and lasts one to two and a half hours.
    private static readonly DateOnly Sunday = new(2026, 11, 22);
    private static readonly DateTimeOffset Midnight = new(Sunday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 45)]
    [InlineData(10, 0)]
    [InlineData(12, 0)]
    [InlineData(23, 59)]
    public void Activities_NeverEndAfterNow(int hour, int minute)
    {
        var now = new DateTimeOffset(Sunday.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
        foreach (var user in Users)
        {
            var history = SyntheticAthlete.Activities(user, now);

            Assert.All(history, a => Assert.True(a.StartTime.AddSeconds(a.ElapsedSeconds!.Value) <= now, $"{a.Id} ends after {now:u}"));
            var late = SyntheticAthlete.Activities(user, Midnight.AddDays(1).AddTicks(-1));
            var todays = late.Where(a => DateOnly.FromDateTime(a.StartTime.UtcDateTime) == Sunday).ToList();
            Assert.Equal(todays.Where(a => a.StartTime.AddSeconds(a.ElapsedSeconds!.Value) <= now), history.Where(a => DateOnly.FromDateTime(a.StartTime.UtcDateTime) == Sunday));
            Assert.Equal(late.Where(a => a.StartTime < Midnight), history.Where(a => a.StartTime < Midnight));
        }
    }

    [Fact]
    public void TodaysSession_AppearsOnceItHasEnded()
    {
        var user = Users[0];
        var evening = new DateTimeOffset(Sunday.ToDateTime(new TimeOnly(22, 0)), TimeSpan.Zero);
        var run = SyntheticAthlete.Activities(user, evening)[0];
        var end = run.StartTime.AddSeconds(run.ElapsedSeconds!.Value);

        Assert.Equal(Sunday, DateOnly.FromDateTime(run.StartTime.UtcDateTime));
        Assert.DoesNotContain(SyntheticAthlete.Activities(user, end.AddSeconds(-1)), a => a.Id == run.Id);
        Assert.Equal(run, SyntheticAthlete.Activities(user, end)[0]);
    }

    [Fact]
    public void Streams_AndHistory_AreDeterministicPerUser()
    {
        foreach (var user in Users)
        {
            var history = SyntheticAthlete.Activities(user, Now);
            Assert.Equal(history, SyntheticAthlete.Activities(user, Now));
            foreach (var activity in history.Take(8))
            {
                var streams = SyntheticAthlete.Streams(user, activity);
                var again = SyntheticAthlete.Streams(user, activity);
                Assert.Equal(streams.HeartRate, again.HeartRate);
                Assert.Equal(streams.SpeedMetersPerSecond, again.SpeedMetersPerSecond);
                Assert.Equal(streams.PowerWatts, again.PowerWatts);
            }
        }

        Assert.NotEqual(SyntheticAthlete.Profile(Users[0]), SyntheticAthlete.Profile(Users[1]));
    }
}
