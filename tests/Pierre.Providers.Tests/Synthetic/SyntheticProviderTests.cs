using Pierre.Providers.Synthetic;

namespace Pierre.Providers.Tests.Synthetic;

public sealed class SyntheticProviderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 18, 0, 0, TimeSpan.Zero);
    private static readonly ProviderAccount Account = new(
        Guid.Parse("0190f6a1-0000-7000-8000-0000000000aa"), Guid.Parse("0190f6a1-0000-7000-8000-00000000000a"));

    private readonly SyntheticProvider _provider = new(new FixedClock(Now));

    [Fact]
    public async Task GetActivitiesAsync_PagedThroughToTheEnd_IsTheWholeHistoryUpToTheClocksToday()
    {
        var pages = new List<Fitness.Model.Activity>();
        for (var page = 1; ; page++)
        {
            var next = await _provider.GetActivitiesAsync(Account, new ActivityQuery(Page: page, PerPage: 50), TestContext.Current.CancellationToken);
            pages.AddRange(next);
            if (next.Count < 50)
            {
                break;
            }
        }

        Assert.Equal(SyntheticAthlete.Activities(Account.UserId, Now), pages);
    }

    [Fact]
    public async Task GetActivitiesAsync_WithAWindow_KeepsOnlyActivitiesStrictlyInsideIt()
    {
        var history = SyntheticAthlete.Activities(Account.UserId, Now);
        var after = history[40].StartTime;
        var before = history[10].StartTime;

        var window = await _provider.GetActivitiesAsync(Account, new ActivityQuery(after, before), TestContext.Current.CancellationToken);

        Assert.Equal(history.Skip(11).Take(29), window);
    }

    [Fact]
    public async Task GetActivitiesAsync_SecondPageOfAWindow_ContinuesWhereTheFirstStopped()
    {
        var after = SyntheticAthlete.Activities(Account.UserId, Now)[100].StartTime;
        var ct = TestContext.Current.CancellationToken;

        var first = await _provider.GetActivitiesAsync(Account, new ActivityQuery(after, PerPage: 30), ct);
        var second = await _provider.GetActivitiesAsync(Account, new ActivityQuery(after, Page: 2, PerPage: 30), ct);
        var whole = await _provider.GetActivitiesAsync(Account, new ActivityQuery(after, PerPage: 60), ct);

        Assert.Equal(30, first.Count);
        Assert.Equal(whole, first.Concat(second));
    }

    [Fact]
    public async Task GetActivitiesAsync_WhileTodaysSessionIsUnderWay_LeavesItOut()
    {
        var ct = TestContext.Current.CancellationToken;
        // The newest session by the fixed clock; each clock below sets "today" to its day.
        var todays = SyntheticAthlete.Activities(Account.UserId, Now)[0];
        var end = todays.StartTime.AddSeconds(todays.ElapsedSeconds!.Value);
        var during = new SyntheticProvider(new FixedClock(end.AddMinutes(-1)));
        var after = new SyntheticProvider(new FixedClock(end));

        Assert.DoesNotContain(await during.GetActivitiesAsync(Account, new ActivityQuery(), ct), a => a.Id == todays.Id);
        Assert.Null(await during.GetActivityAsync(Account, todays.Id, ct));
        Assert.Equal(todays, (await after.GetActivitiesAsync(Account, new ActivityQuery(), ct))[0]);
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(1, 0)]
    [InlineData(1, ActivityQuery.MaxPerPage + 1)]
    public void ActivityQuery_OutOfRangePaging_IsRejected(int page, int perPage) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityQuery(Page: page, PerPage: perPage));

    [Fact]
    public async Task GetActivityAsync_ForAnIdFromTheHistory_IsThatActivity_AndNullForAnUnknownId()
    {
        var expected = SyntheticAthlete.Activities(Account.UserId, Now)[7];
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(expected, await _provider.GetActivityAsync(Account, expected.Id, ct));
        Assert.Null(await _provider.GetActivityAsync(Account, "syn-19000101", ct));
    }

    [Fact]
    public async Task GetStreamsAsync_ForAnActivityItListed_AreThatActivitysStreams()
    {
        var ct = TestContext.Current.CancellationToken;
        var activity = (await _provider.GetActivitiesAsync(Account, new ActivityQuery(null, null, 1, 10), ct))[3];

        var streams = await _provider.GetStreamsAsync(Account, activity, ct);

        Assert.NotNull(streams);
        Assert.Equal(SyntheticAthlete.Streams(Account.UserId, activity.Id, Now)!.HeartRate, streams.HeartRate);
        Assert.Equal((int)activity.DurationSeconds, streams.TimeSeconds.Length);
    }

    [Fact]
    public async Task GetAthleteAsync_IsTheUsersSyntheticProfile()
    {
        Assert.Equal(SyntheticAthlete.Profile(Account.UserId), await _provider.GetAthleteAsync(Account, TestContext.Current.CancellationToken));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
