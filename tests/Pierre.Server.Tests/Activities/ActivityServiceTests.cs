using Pierre.Fitness.Model;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Errors;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Activities;

/// <summary>The activity service called directly with a <see cref="Server.Auth.Caller"/>, as every front end calls it.</summary>
public sealed class ActivityServiceTests
{
    [Fact]
    public async Task ListAsync_ForACallerWithAConnectedProvider_ReturnsAPageNewestFirst()
    {
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");

        var page = Assert.IsType<ActivityPage>((await ListAsync(h, ann, new(null, 5, 0, null, null, null))).Value);

        Assert.Equal("synthetic", page.Provider);
        Assert.Equal(5, page.Activities.Count);
        Assert.True(page.Total > 5);
        Assert.Equal(5, page.NextOffset);
        Assert.Equal(page.Activities.OrderByDescending(a => a.StartTime), page.Activities);
    }

    [Fact]
    public async Task ListAsync_OneSport_ReturnsOnlyThatSport()
    {
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");

        var page = (await ListAsync(h, ann, new(null, 50, 0, null, null, Sport.Swim))).Value!;

        Assert.NotEmpty(page.Activities);
        Assert.All(page.Activities, a => Assert.Equal(Sport.Swim, a.Sport));
    }

    [Theory]
    [InlineData(0, 0, "argument 'limit' must be a whole number from 1 to 200")]
    [InlineData(201, 0, "argument 'limit' must be a whole number from 1 to 200")]
    [InlineData(10, -1, "argument 'offset' must be a whole number from 0 to 100000")]
    public async Task ListAsync_PageOutOfRange_IsRefusedAsInvalid(int limit, int offset, string detail)
    {
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");

        var refused = await ListAsync(h, ann, new(null, limit, offset, null, null, null));

        Assert.Null(refused.Value);
        Assert.Equal(Refusal.Invalid(detail), refused.Refusal);
    }

    [Fact]
    public async Task ListAsync_NothingConnected_IsRefusedAsNotConnected_AndNamingAProviderSaysWhichOne()
    {
        await using var h = await StartAsync();
        var bob = await ServiceCallers.RegisterAsync(h, "bob@example.com", connectSynthetic: false);

        var none = await ListAsync(h, bob, new(null, 5, 0, null, null, null));
        var named = await ListAsync(h, bob, new("synthetic", 5, 0, null, null, null));

        Assert.Equal(RefusalKind.NotConnected, none.Refusal!.Kind);
        Assert.StartsWith("No provider is connected.", none.Refusal.Detail, StringComparison.Ordinal);
        Assert.Equal(RefusalKind.NotConnected, named.Refusal!.Kind);
        Assert.StartsWith("synthetic is not connected.", named.Refusal.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatsAsync_ReportsEachStep_AndAllTimeCountsEveryActivity()
    {
        await using var h = await StartAsync();
        var ann = await ServiceCallers.RegisterAsync(h, "ann@example.com");
        var steps = new List<int>();

        var stats = (await h.CallAsync<ActivityService, Result<ActivityStats>>(s => s.StatsAsync(
            ann, new ProviderRequest(null), (step, _, _, _) => { steps.Add(step); return Task.CompletedTask; }, TestContext.Current.CancellationToken))).Value!;
        var total = (await ListAsync(h, ann, new(null, 1, 0, null, null, null))).Value!.Total;

        Assert.Equal([1, 2, 3, 4], steps);
        Assert.Equal(total, stats.AllTime.Sum(t => t.Count));
    }

    private static Task<IdentityHarness> StartAsync() => IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });

    private static Task<Result<ActivityPage>> ListAsync(IdentityHarness h, Caller caller, ActivityListRequest request) =>
        h.CallAsync<ActivityService, Result<ActivityPage>>(s => s.ListAsync(caller, request, TestContext.Current.CancellationToken));
}
