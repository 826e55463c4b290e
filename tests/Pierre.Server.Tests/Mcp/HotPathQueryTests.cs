using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// Authenticating the caller, re-checking it and deciding its tools are on every MCP request; once warm they are served
/// from the short-lived caches, without a database round trip.
/// </summary>
public sealed class HotPathQueryTests
{
    [Theory]
    [InlineData("api key")]
    [InlineData("access token")]
    public async Task WarmToolsList_SendsNoDatabaseCommand(string credential)
    {
        var ct = TestContext.Current.CancellationToken;
        using var counter = new DatabaseCommandCounter();
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var headers = credential == "api key"
            ? new Dictionary<string, string> { ["X-API-Key"] = await h.CreateKeyAsync(token) }
            : new Dictionary<string, string> { ["Authorization"] = $"Bearer {token}" };
        var http = h.App.CreateClient();
        await using var client = await McpClient.CreateAsync(
            new HttpClientTransport(
                new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp, AdditionalHeaders = headers },
                http,
                ownsHttpClient: true),
            cancellationToken: ct);
        var expected = (await client.ListToolsAsync(cancellationToken: ct)).Count;

        counter.Count(((SqliteTestDatabase)h.Database).FilePath);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, (await client.ListToolsAsync(cancellationToken: ct)).Count);
        }

        Assert.Equal(0, counter.Commands);
        await client.CallToolAsync("get_connection_status", cancellationToken: ct);
        Assert.True(counter.Commands > 0, "the counter sees the commands of a call that reads the database");
    }

    [Fact]
    public async Task WarmDataToolCall_WithoutAProviderArgument_SendsNoDatabaseCommand()
    {
        var ct = TestContext.Current.CancellationToken;
        using var counter = new DatabaseCommandCounter();
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h);
        var arguments = new Dictionary<string, object?> { ["limit"] = 5 };
        Assert.NotEqual(true, (await client.CallToolAsync("get_activities", arguments, cancellationToken: ct)).IsError);

        counter.Count(((SqliteTestDatabase)h.Database).FilePath);
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(true, (await client.CallToolAsync("get_activities", arguments, cancellationToken: ct)).IsError);
        }

        Assert.Equal(0, counter.Commands);
        await client.CallToolAsync("set_default_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: ct);
        Assert.True(counter.Commands > 0, "the counter sees the commands of a call that writes the database");
    }
}
