using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Providers.Strava;

public sealed class StravaPagingTests
{
    [Fact]
    public async Task GetActivitiesAsync_PagesUntilShortPage_ReturnEveryActivityOnceNewestFirst()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.AddRange(StravaSeed.Hourly(450, StravaSeed.Monday));
        await strava.ConnectAsync(ct);

        var all = new List<string>();
        var sizes = new List<int>();
        for (var page = 1; ; page++)
        {
            var next = await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(Page: page), ct);
            all.AddRange(next.Select(a => a.Id));
            sizes.Add(next.Count);
            if (next.Count < ActivityQuery.MaxPerPage)
            {
                break;
            }
        }

        Assert.Equal([200, 200, 50], sizes);
        Assert.Equal(Enumerable.Range(1, 450).Reverse().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), all);
        Assert.Equal(3, strava.Fake.Requests(FakeStravaRoutes.Activities));
    }

    [Fact]
    public async Task GetActivitiesAsync_AfterAndBeforeWindow_ReturnsOnlyActivitiesStrictlyInside()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.AddRange(StravaSeed.Hourly(10, StravaSeed.Monday));
        await strava.ConnectAsync(ct);
        var after = StravaSeed.Monday.AddHours(-7);
        var before = StravaSeed.Monday.AddHours(-2);

        var page = await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(after, before), ct);

        Assert.Equal([StravaSeed.Monday.AddHours(-3), StravaSeed.Monday.AddHours(-4), StravaSeed.Monday.AddHours(-5), StravaSeed.Monday.AddHours(-6)],
            page.Select(a => a.StartTime));
    }

    [Fact]
    public async Task GetActivitiesAsync_SubSecondBounds_KeepStrictBoundsOnWholeSeconds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.AddRange(StravaSeed.Hourly(3, StravaSeed.Monday));
        await strava.ConnectAsync(ct);
        var query = new ActivityQuery(StravaSeed.Monday.AddHours(-2).AddMilliseconds(-400), StravaSeed.Monday.AddMilliseconds(300));

        var page = await strava.Provider.GetActivitiesAsync(strava.Account, query, ct);

        Assert.Equal(["3", "2", "1"], page.Select(a => a.Id));
    }

    [Fact]
    public async Task GetActivitiesAsync_OnlyAfter_PagesNewestFirstDespiteStravasAscendingOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        strava.Fake.Activities.AddRange(StravaSeed.Hourly(5, StravaSeed.Monday));
        await strava.ConnectAsync(ct);

        var first = await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(After: StravaSeed.Monday.AddDays(-1), PerPage: 2), ct);
        var second = await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(After: StravaSeed.Monday.AddDays(-1), Page: 2, PerPage: 2), ct);

        Assert.Equal(["5", "4", "3", "2"], first.Concat(second).Select(a => a.Id));
    }

    [Fact]
    public async Task GetActivitiesAsync_NoActivities_ReturnsEmptyPage()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var strava = await StravaHarness.StartAsync();
        await strava.ConnectAsync(ct);

        Assert.Empty(await strava.Provider.GetActivitiesAsync(strava.Account, new ActivityQuery(), ct));
    }
}
