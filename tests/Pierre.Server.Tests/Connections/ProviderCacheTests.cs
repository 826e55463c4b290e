using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using Pierre.Providers;
using Pierre.Server.Connections;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Connections;

/// <summary>Provider reads go through the cache: repeated and concurrent reads reach the provider once, per account.</summary>
public sealed class ProviderCacheTests
{
    private static readonly Dictionary<string, object?> Trailmark = new() { ["provider"] = FakeFitnessProvider.ProviderName };

    [Fact]
    public async Task GetActivities_RepeatedWithinTheTtl_ReadsTheProviderOnce_AndDisconnectDropsTheCache()
    {
        var fake = new FakeFitnessProvider();
        await using var h = await StartAsync(fake);
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        await CallAsync(client, "connect_provider", Trailmark);

        Assert.Equal(FakeFitnessProvider.History.Count, await ListedCountAsync(client));
        Assert.Equal(FakeFitnessProvider.History.Count, await ListedCountAsync(client));
        Assert.Equal(1, fake.HistoryReads);

        await CallAsync(client, "disconnect_provider", Trailmark);
        await CallAsync(client, "connect_provider", Trailmark);
        Assert.Equal(FakeFitnessProvider.History.Count, await ListedCountAsync(client));
        Assert.Equal(2, fake.HistoryReads);
    }

    [Fact]
    public async Task GetActivities_RepeatedCallsAnswerAlike_UntilTheCachedReadIsReplaced()
    {
        var fake = new FakeFitnessProvider();
        await using var h = await StartAsync(fake);
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        await CallAsync(client, "connect_provider", Trailmark);
        var compact = new Dictionary<string, object?> { ["format"] = "compact", ["limit"] = 3 };

        var (json, table) = (await ListedTextAsync(client, null), await ListedTextAsync(client, compact));
        Assert.Equal((json, table), (await ListedTextAsync(client, null), await ListedTextAsync(client, compact)));
        Assert.NotEqual(json, table);

        // The provider gains an activity; a new read (here after reconnecting, as after the TTL) lists it in both formats.
        var history = FakeFitnessProvider.History;
        fake.Activities = [history[0] with { Id = "fresh-1", Name = "Fresh run", StartTime = history[0].StartTime.AddHours(6) }, .. history];
        await CallAsync(client, "disconnect_provider", Trailmark);
        await CallAsync(client, "connect_provider", Trailmark);

        Assert.Contains("Fresh run", await ListedTextAsync(client, null), StringComparison.Ordinal);
        Assert.Contains("Fresh run", await ListedTextAsync(client, compact), StringComparison.Ordinal);
        Assert.Equal(history.Count + 1, await ListedCountAsync(client));
    }

    [Fact(Timeout = 60_000)]
    public async Task GetActivities_TwentyConcurrentCalls_ReadTheProviderOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = new FakeFitnessProvider();
        await using var h = await StartAsync(fake);
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        await CallAsync(client, "connect_provider", Trailmark);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fake.Gate = gate.Task;

        var calls = Enumerable.Range(0, 20).Select(_ => ListedCountAsync(client)).ToArray();
        await WaitUntilAsync(() => fake.HistoryReads > 0, ct);
        // Give the other calls time to arrive while the first read is still in flight.
        await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        gate.SetResult();

        Assert.All(await Task.WhenAll(calls), count => Assert.Equal(FakeFitnessProvider.History.Count, count));
        Assert.Equal(1, fake.HistoryReads);
    }

    [Fact(Timeout = 60_000)]
    public async Task ActivitiesAsync_ConcurrentIdenticalReads_ShareOneProviderCall()
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = new FakeFitnessProvider();
        await using var h = await StartAsync(fake);
        var source = h.App.Services.GetRequiredService<ActivitySource>();
        var account = new ProviderAccount(Guid.NewGuid(), Guid.NewGuid());
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fake.Gate = gate.Task;

        // Every read starts before the provider answers, so without coalescing each would reach it.
        var reads = Enumerable.Range(0, 20).Select(_ => source.ActivitiesAsync(FakeFitnessProvider.ProviderName, account, ct)).ToArray();
        await WaitUntilAsync(() => fake.HistoryReads > 0, ct);
        gate.SetResult();
        var results = await Task.WhenAll(reads);

        Assert.Equal(1, fake.HistoryReads);
        Assert.All(results, r => Assert.Equal(FakeFitnessProvider.History.Select(a => a.Id), r.Select(a => a.Id)));
    }

    [Fact]
    public async Task AthleteAsync_OtherUsersAndTenants_NeverShareCachedData()
    {
        var ct = TestContext.Current.CancellationToken;
        var fake = new FakeFitnessProvider();
        await using var h = await StartAsync(fake);
        var source = h.App.Services.GetRequiredService<ActivitySource>();
        var tenant = Guid.NewGuid();
        var user = Guid.NewGuid();
        ProviderAccount[] accounts = [new(tenant, user), new(tenant, Guid.NewGuid()), new(Guid.NewGuid(), user)];

        foreach (var account in accounts)
        {
            var first = await source.AthleteAsync(FakeFitnessProvider.ProviderName, account, ct);
            var again = await source.AthleteAsync(FakeFitnessProvider.ProviderName, account, ct);
            Assert.Equal($"tm-{account.TenantId:N}-{account.UserId:N}", first.Id);
            Assert.Same(first, again);
        }

        Assert.Equal(accounts.Length, fake.AthleteReads);
    }

    private static Task<IdentityHarness> StartAsync(FakeFitnessProvider fake) =>
        IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider>(fake));

    private static async Task CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(true, result.IsError);
    }

    private static async Task<int> ListedCountAsync(McpClient client)
    {
        var result = await client.CallToolAsync("get_activities", cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(true, result.IsError);
        return result.StructuredContent!.Value.GetProperty("activities").GetArrayLength();
    }

    private static async Task<string> ListedTextAsync(McpClient client, Dictionary<string, object?>? arguments)
    {
        var result = await client.CallToolAsync("get_activities", arguments, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(true, result.IsError);
        return Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(Assert.Single(result.Content)).Text;
    }

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct)
    {
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), ct);
        }
    }
}
