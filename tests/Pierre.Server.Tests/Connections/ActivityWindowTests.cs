using Microsoft.Extensions.DependencyInjection;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Connections;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Connections;

/// <summary>Window and single-activity reads ask the provider only for what they need, and only once while cached.</summary>
public sealed class ActivityWindowTests
{
    private static readonly DateTimeOffset Now = TimeProvider.System.GetUtcNow();

    // 700 activities, one every 12 hours back from an hour ago: the whole history is four pages.
    private static readonly IReadOnlyList<Activity> LongHistory =
        [.. Enumerable.Range(0, 700).Select(i => new Activity($"w-{i}", "Run", Sport.Run, Now.AddHours(-1 - (12 * i)), 1800, 6000))];

    [Fact]
    public async Task WindowAsync_ThirtyDays_ReadsOnePageAndOnlyTheWindow()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, fake, source) = await StartAsync();
        await using var _ = h;
        var since = Now.AddDays(-30);

        var window = await source.WindowAsync(FakeFitnessProvider.ProviderName, NewAccount(), since, ct);

        Assert.Equal(LongHistory.Where(a => a.StartTime > since).Select(a => a.Id), window.Select(a => a.Id));
        Assert.Equal(1, fake.PageReads);
    }

    [Fact]
    public async Task WindowAsync_WiderThanAPage_StopsPagingAtTheWindow()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, fake, source) = await StartAsync();
        await using var _ = h;
        var since = Now.AddDays(-150);

        var window = await source.WindowAsync(FakeFitnessProvider.ProviderName, NewAccount(), since, ct);

        Assert.Equal(LongHistory.Count(a => a.StartTime > since), window.Count);
        Assert.InRange(window.Count, ActivityQuery.MaxPerPage + 1, 2 * ActivityQuery.MaxPerPage);
        Assert.Equal(2, fake.PageReads);
    }

    [Fact]
    public async Task WindowAsync_RepeatedSameDayAndNarrower_IsServedFromTheCache()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, fake, source) = await StartAsync();
        await using var _ = h;
        var account = NewAccount();
        var since = new DateTimeOffset(Now.UtcDateTime.Date.AddDays(-90).AddHours(6), TimeSpan.Zero);

        await source.WindowAsync(FakeFitnessProvider.ProviderName, account, since, ct);
        var pages = fake.PageReads;
        var again = await source.WindowAsync(FakeFitnessProvider.ProviderName, account, since, ct);
        var laterThatDay = await source.WindowAsync(FakeFitnessProvider.ProviderName, account, since.AddHours(12), ct);
        var narrower = await source.WindowAsync(FakeFitnessProvider.ProviderName, account, Now.AddDays(-7), ct);

        Assert.Equal(pages, fake.PageReads);
        Assert.Equal(LongHistory.Count(a => a.StartTime > since), again.Count);
        Assert.Equal(LongHistory.Count(a => a.StartTime > since.AddHours(12)), laterThatDay.Count);
        Assert.Equal(LongHistory.Where(a => a.StartTime > Now.AddDays(-7)).Select(a => a.Id), narrower.Select(a => a.Id));
    }

    [Fact]
    public async Task WindowAsync_WiderThanTheCachedWindow_ReadsTheProviderAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, fake, source) = await StartAsync();
        await using var _ = h;
        var account = NewAccount();

        await source.WindowAsync(FakeFitnessProvider.ProviderName, account, Now.AddDays(-7), ct);
        var wider = await source.WindowAsync(FakeFitnessProvider.ProviderName, account, Now.AddDays(-30), ct);
        await source.WindowAsync(FakeFitnessProvider.ProviderName, account, Now.AddDays(-14), ct);

        Assert.Equal(LongHistory.Count(a => a.StartTime > Now.AddDays(-30)), wider.Count);
        Assert.Equal(2, fake.HistoryReads);
    }

    [Fact]
    public async Task WindowAsync_FullHistoryCached_IsServedFromIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, fake, source) = await StartAsync();
        await using var _ = h;
        var account = NewAccount();

        var history = await source.ActivitiesAsync(FakeFitnessProvider.ProviderName, account, ct);
        var window = await source.WindowAsync(FakeFitnessProvider.ProviderName, account, Now.AddDays(-300), ct);

        Assert.Equal(LongHistory.Count, history.Count);
        Assert.Equal(LongHistory.Count(a => a.StartTime > Now.AddDays(-300)), window.Count);
        Assert.Equal(1, fake.HistoryReads);
        Assert.Equal(4, fake.PageReads);
    }

    [Fact]
    public async Task WindowAsync_AfterDisconnect_ReadsAfresh_AndAccountsNeverShare()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, fake, source) = await StartAsync();
        await using var _ = h;
        var account = NewAccount();
        var since = Now.AddDays(-30);

        await source.WindowAsync(FakeFitnessProvider.ProviderName, account, since, ct);
        await source.WindowAsync(FakeFitnessProvider.ProviderName, new ProviderAccount(account.TenantId, Guid.NewGuid()), since, ct);
        await source.WindowAsync(FakeFitnessProvider.ProviderName, new ProviderAccount(Guid.NewGuid(), account.UserId), since, ct);
        Assert.Equal(3, fake.HistoryReads);

        await h.ScopedAsync(sp => sp.GetRequiredService<ConnectionService>().DisconnectAsync(account.TenantId, account.UserId, FakeFitnessProvider.ProviderName, ct));
        await source.WindowAsync(FakeFitnessProvider.ProviderName, account, Now.AddDays(-7), ct);

        Assert.Equal(4, fake.HistoryReads);
    }

    [Fact]
    public async Task ActivityAsync_RepeatedWithinTheTtl_CallsTheProviderOncePerId()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, fake, source) = await StartAsync();
        await using var _ = h;
        var account = NewAccount();

        var first = await source.ActivityAsync(FakeFitnessProvider.ProviderName, account, "w-3", ct);
        var again = await source.ActivityAsync(FakeFitnessProvider.ProviderName, account, "w-3", ct);
        var other = await source.ActivityAsync(FakeFitnessProvider.ProviderName, account, "w-4", ct);
        var missing = await source.ActivityAsync(FakeFitnessProvider.ProviderName, account, "nope", ct);
        var stillMissing = await source.ActivityAsync(FakeFitnessProvider.ProviderName, account, "nope", ct);

        Assert.Equal("w-3", first!.Id);
        Assert.Same(first, again);
        Assert.Equal("w-4", other!.Id);
        Assert.Null(missing);
        Assert.Null(stillMissing);
        Assert.Equal(3, fake.ActivityReads);
        Assert.Equal(0, fake.PageReads);
    }

    private static ProviderAccount NewAccount() => new(Guid.NewGuid(), Guid.NewGuid());

    private static async Task<(IdentityHarness Harness, FakeFitnessProvider Fake, ActivitySource Source)> StartAsync()
    {
        var fake = new FakeFitnessProvider { Activities = LongHistory };
        var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, services: services => services.AddSingleton<IFitnessProvider>(fake));
        return (h, fake, h.App.Services.GetRequiredService<ActivitySource>());
    }
}
