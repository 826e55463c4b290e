using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>The provider names tools show and accept come from what is installed, not from a list in the tools.</summary>
public sealed class InstalledProvidersToolTests
{
    private static readonly string[] Installed = ["synthetic", FakeFitnessProvider.ProviderName];

    private static Task<IdentityHarness> StartWithTrailmarkAsync() => IdentityHarness.StartAsync(
        TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider, FakeFitnessProvider>());

    [Fact]
    public async Task ASecondInstalledProvider_IsInEverySchemaAndTheStatus_AndConnectsAndReads()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartWithTrailmarkAsync();
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);

        var tools = await client.ListToolsAsync(cancellationToken: ct);
        var providerArguments = tools
            .Where(t => t.ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("provider", out _))
            .ToDictionary(t => t.Name, t => t.ProtocolTool.InputSchema.GetProperty("properties").GetProperty("provider"));
        Assert.Contains("connect_provider", providerArguments.Keys);
        Assert.Contains("get_activities", providerArguments.Keys);
        Assert.All(providerArguments.Values, p => Assert.Equal(Installed, p.GetProperty("enum").EnumerateArray().Select(e => e.GetString())));

        var status = await client.CallToolAsync("get_connection_status", cancellationToken: ct);
        Assert.Equal(Installed, status.StructuredContent!.Value.GetProperty("available").EnumerateArray().Select(e => e.GetString()));

        var connect = await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = FakeFitnessProvider.ProviderName }, cancellationToken: ct);
        Assert.NotEqual(true, connect.IsError);
        Assert.True(connect.StructuredContent!.Value.GetProperty("connected").GetBoolean());

        var activities = await client.CallToolAsync("get_activities", cancellationToken: ct);
        Assert.NotEqual(true, activities.IsError);
        var listed = activities.StructuredContent!.Value;
        Assert.Equal(FakeFitnessProvider.ProviderName, listed.GetProperty("provider").GetString());
        Assert.Equal(
            FakeFitnessProvider.History.Select(a => a.Id),
            listed.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task AProviderThatIsNotInstalled_IsAnArgumentErrorNamingTheInstalledOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var key = await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"));
        await using var client = await McpTestClient.ConnectAsync(h.App, key);

        var refused = await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = FakeFitnessProvider.ProviderName }, cancellationToken: ct);

        Assert.True(refused.IsError);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(refused.Content)).Text;
        Assert.Contains("argument 'provider' must be one of fitbit, strava, synthetic", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralConnectedSources_ToolsReadTheRealProviderBeforeTheDemo_WithoutAProviderArgument()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await StartWithTrailmarkAsync();
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);

        foreach (var provider in new[] { "synthetic", FakeFitnessProvider.ProviderName, "synthetic" })
        {
            await client.CallToolAsync("disconnect_provider", new Dictionary<string, object?> { ["provider"] = provider }, cancellationToken: ct);
            Assert.NotEqual(true, (await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = provider }, cancellationToken: ct)).IsError);
        }

        var activities = await client.CallToolAsync("get_activities", cancellationToken: ct);
        Assert.NotEqual(true, activities.IsError);
        Assert.Equal(FakeFitnessProvider.ProviderName, activities.StructuredContent!.Value.GetProperty("provider").GetString());
        Assert.NotEqual(true, (await client.CallToolAsync("get_stats", cancellationToken: ct)).IsError);
        var demo = await client.CallToolAsync("get_activities", new Dictionary<string, object?> { ["provider"] = "synthetic", ["limit"] = 2 }, cancellationToken: ct);
        Assert.Equal("synthetic", demo.StructuredContent!.Value.GetProperty("provider").GetString());
    }
}
