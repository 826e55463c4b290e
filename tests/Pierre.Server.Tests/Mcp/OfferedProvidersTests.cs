using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>What the assistant is offered follows what the deployment configured: instructions, schema enums and the status.</summary>
public sealed class OfferedProvidersTests
{
    [Fact]
    public async Task StravaConfigured_IsOfferedInInstructionsSchemasAndStatus_AsAnOAuthProvider()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new()
        {
            ["AUTO_APPROVE_USERS"] = "true", ["STRAVA_CLIENT_ID"] = "12345", ["STRAVA_CLIENT_SECRET"] = "not-a-real-secret",
        });
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);

        Assert.Contains("\"strava\" answer an authorization_url", client.ServerInstructions, StringComparison.Ordinal);
        Assert.DoesNotContain("fitbit", client.ServerInstructions, StringComparison.Ordinal);
        var getActivities = (await client.ListToolsAsync(cancellationToken: ct)).Single(t => t.Name == "get_activities");
        var offered = getActivities.ProtocolTool.InputSchema.GetProperty("properties").GetProperty("provider").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(["strava", "synthetic"], offered);
        var status = await client.CallToolAsync("get_connection_status", cancellationToken: ct);
        var fitbit = status.StructuredContent!.Value.GetProperty("providers").EnumerateArray().Single(p => p.GetProperty("provider").GetString() == "fitbit");
        Assert.False(fitbit.GetProperty("configured").GetBoolean());
        Assert.Contains("FITBIT_CLIENT_ID", fitbit.GetProperty("set_up").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingConfigured_OffersOnlyTheDemo_AndConnectingStravaSaysHowToSetItUp()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);

        Assert.Contains("\"synthetic\" connect at once", client.ServerInstructions, StringComparison.Ordinal);
        Assert.DoesNotContain("authorization_url", client.ServerInstructions, StringComparison.Ordinal);
        var refused = await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "strava" }, cancellationToken: ct);
        Assert.True(refused.IsError);
        var text = Assert.IsType<ModelContextProtocol.Protocol.TextContentBlock>(Assert.Single(refused.Content)).Text;
        Assert.Contains("STRAVA_CLIENT_ID and STRAVA_CLIENT_SECRET", text, StringComparison.Ordinal);
    }
}
