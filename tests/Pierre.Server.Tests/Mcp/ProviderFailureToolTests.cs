using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>A provider that fails a read fails that tool call with its own user-safe message; the server keeps serving.</summary>
public sealed class ProviderFailureToolTests
{
    private static readonly Dictionary<string, object?> Trailmark = new() { ["provider"] = FakeFitnessProvider.ProviderName };

    [Theory]
    [InlineData("get_activities")]
    [InlineData("get_athlete")]
    [InlineData("analyze_training_load")]
    public async Task Tool_WhenTheProviderRevokedTheGrant_AnswersTheMessageAndHowToReconnect_ThenServesAgain(string tool)
    {
        var fake = new FakeFitnessProvider();
        await using var h = await StartAsync(fake);
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        Assert.NotEqual(true, (await CallAsync(client, "connect_provider", Trailmark)).IsError);

        fake.Failure = new ProviderException(FakeFitnessProvider.ProviderName, ProviderFailure.Revoked, "Trailmark no longer grants Pierre access to this account.");
        var refused = await CallAsync(client, tool, Trailmark);
        fake.Failure = null;
        var served = await CallAsync(client, tool, Trailmark);

        Assert.True(refused.IsError);
        Assert.Equal("Trailmark no longer grants Pierre access to this account; reconnect with connect_provider.", Text(refused));
        Assert.NotEqual(true, served.IsError);
    }

    [Fact]
    public async Task Tool_WhenTheProviderIsRateLimited_AnswersItsMessageUnchanged_AndOtherToolsStillWork()
    {
        var fake = new FakeFitnessProvider();
        await using var h = await StartAsync(fake);
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        await CallAsync(client, "connect_provider", Trailmark);
        const string message = "Trailmark's rate limit is reached; try again in 15 minutes.";
        fake.Failure = new ProviderException(FakeFitnessProvider.ProviderName, ProviderFailure.RateLimited, message, TimeSpan.FromMinutes(15));

        var refused = await CallAsync(client, "get_stats", Trailmark);
        var status = await CallAsync(client, "get_connection_status", []);

        Assert.True(refused.IsError);
        Assert.Equal(message, Text(refused));
        Assert.NotEqual(true, status.IsError);
    }

    private static Task<IdentityHarness> StartAsync(FakeFitnessProvider fake) =>
        IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider>(fake));

    private static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?> arguments) =>
        await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
}
