using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Connections;

/// <summary>The user chooses which connected provider tools read when they name none; the choice ends with the connection.</summary>
public sealed class DefaultProviderTests
{
    private static readonly Dictionary<string, object?> Trailmark = new() { ["provider"] = FakeFitnessProvider.ProviderName };
    private static readonly Dictionary<string, object?> Synthetic = new() { ["provider"] = "synthetic" };

    [Fact]
    public async Task SetDefaultProvider_ToTheDemo_ToolsReadIt_UntilClearedOrDisconnected()
    {
        await using var h = await StartAsync();
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: true);
        await CallAsync(client, "connect_provider", Trailmark);
        Assert.Equal(FakeFitnessProvider.ProviderName, await ReadProviderAsync(client));

        var set = await CallAsync(client, "set_default_provider", Synthetic);
        Assert.Equal("synthetic", set.GetProperty("default_provider").GetString());
        Assert.Equal("synthetic", await ReadProviderAsync(client));
        Assert.Equal("synthetic", (await CallAsync(client, "get_connection_status")).GetProperty("default_provider").GetString());

        await CallAsync(client, "set_default_provider");
        Assert.Equal(FakeFitnessProvider.ProviderName, await ReadProviderAsync(client));

        await CallAsync(client, "set_default_provider", Synthetic);
        await CallAsync(client, "disconnect_provider", Synthetic);
        await CallAsync(client, "connect_provider", Synthetic);
        Assert.Equal(FakeFitnessProvider.ProviderName, await ReadProviderAsync(client));
    }

    [Fact]
    public async Task SetDefaultProvider_NotConnected_IsRefused_AndChangesNothing()
    {
        await using var h = await StartAsync();
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: true);

        var refused = await client.CallToolAsync("set_default_provider", Trailmark, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(refused.IsError);
        Assert.Contains("trailmark is not connected", Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(Assert.Single(refused.Content)).Text, StringComparison.Ordinal);
        Assert.Equal("synthetic", await ReadProviderAsync(client));
    }

    [Fact]
    public async Task SetDefaultProvider_OneUsersChoice_DoesNotReachAnother()
    {
        await using var h = await StartAsync();
        await using var ann = await McpTestClient.ForNewUserAsync(h, "ann@example.com", connectSynthetic: true);
        await using var bob = await McpTestClient.ForNewUserAsync(h, "bob@example.com", connectSynthetic: true);
        await CallAsync(ann, "connect_provider", Trailmark);
        await CallAsync(bob, "connect_provider", Trailmark);

        await CallAsync(ann, "set_default_provider", Synthetic);

        Assert.Equal("synthetic", await ReadProviderAsync(ann));
        Assert.Equal(FakeFitnessProvider.ProviderName, await ReadProviderAsync(bob));
    }

    private static Task<IdentityHarness> StartAsync() => IdentityHarness.StartAsync(
        TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider, FakeFitnessProvider>());

    private static async Task<string?> ReadProviderAsync(McpClient client) =>
        (await CallAsync(client, "get_activities", new() { ["limit"] = 1 })).GetProperty("provider").GetString();

    private static async Task<System.Text.Json.JsonElement> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsError != true, $"{tool}: {System.Text.Json.JsonSerializer.Serialize(result.Content)}");
        return result.StructuredContent!.Value;
    }
}
