using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

public sealed class McpHttpTests
{
    private static readonly string[] AllTools =
        ["analyze_activity", "analyze_goal_feasibility", "analyze_performance_trends", "analyze_sleep_quality", "analyze_training_load", "calculate_critical_power",
         "calculate_daily_nutrition", "calculate_fitness_score", "calculate_metrics", "calculate_personalized_zones", "calculate_recovery_score",
         "compare_activities", "connect_provider", "detect_patterns", "disconnect_provider", "generate_recommendations", "get_activities",
         "get_activity_intelligence", "get_athlete", "get_configuration_catalog", "get_configuration_profiles", "get_connection_status", "get_stats",
         "get_user_configuration", "predict_performance", "set_default_provider", "set_goal", "suggest_goals", "suggest_rest_day", "track_progress",
         "update_user_configuration", "validate_configuration"];

    private static async Task<(IdentityHarness Harness, string Key)> StartWithUserAsync(string provider, Dictionary<string, string>? settings = null)
    {
        var merged = new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true" };
        foreach (var (k, v) in settings ?? [])
        {
            merged[k] = v;
        }

        var h = await IdentityHarness.StartAsync(provider, merged);
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        return (h, await h.CreateKeyAsync(token));
    }

    private static Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken).AsTask();

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ToolsList_DescribesEveryToolWithSchemasAndHints(string provider)
    {
        var (h, key) = await StartWithUserAsync(provider);
        await using var _ = h;
        await using var client = await McpTestClient.ConnectAsync(h.App, key);

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(AllTools, tools.Select(t => t.Name).Order());
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
            Assert.Equal("object", tool.InputSchema.GetProperty("type").GetString());
            Assert.Equal("object", tool.OutputSchema!.Value.GetProperty("type").GetString());
            Assert.NotNull(tool.Annotations?.ReadOnlyHint);
        }

        Assert.True(tools.Single(t => t.Name == "get_activities").ProtocolTool.Annotations!.ReadOnlyHint);
        Assert.True(tools.Single(t => t.Name == "disconnect_provider").ProtocolTool.Annotations!.DestructiveHint);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EveryTool_OnTheSyntheticAthlete_AnswersWithStructuredContent(string provider)
    {
        var (h, key) = await StartWithUserAsync(provider);
        await using var _ = h;
        await using var client = await McpTestClient.ConnectAsync(h.App, key);

        var before = await CallAsync(client, "get_activities");
        Assert.True(before.IsError);
        Assert.Contains("connect_provider", Text(before), StringComparison.Ordinal);

        var connect = await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" });
        Assert.NotEqual(true, connect.IsError);
        Assert.True(connect.StructuredContent!.Value.GetProperty("connected").GetBoolean());
        Assert.True((await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" })).StructuredContent!.Value.GetProperty("already_connected").GetBoolean());

        var status = (await CallAsync(client, "get_connection_status")).StructuredContent!.Value;
        Assert.Equal("synthetic", status.GetProperty("connections")[0].GetProperty("provider").GetString());

        var activities = (await CallAsync(client, "get_activities", new() { ["limit"] = 5 })).StructuredContent!.Value;
        Assert.Equal(5, activities.GetProperty("activities").GetArrayLength());
        Assert.True(activities.GetProperty("has_more").GetBoolean());
        Assert.Equal(5, activities.GetProperty("next_offset").GetInt32());
        var first = activities.GetProperty("activities")[0];
        Assert.StartsWith("syn-", first.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("distance_m").GetDouble() > 0);

        var runs = (await CallAsync(client, "get_activities", new() { ["sport_type"] = "run", ["limit"] = 200 })).StructuredContent!.Value;
        Assert.All(runs.GetProperty("activities").EnumerateArray(), a => Assert.Equal("run", a.GetProperty("sport_type").GetString()));

        var athlete = (await CallAsync(client, "get_athlete")).StructuredContent!.Value;
        Assert.InRange(athlete.GetProperty("max_heart_rate").GetInt32(), 150, 210);

        var stats = (await CallAsync(client, "get_stats")).StructuredContent!.Value;
        var allTime = stats.GetProperty("all_time").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32());
        Assert.Equal(activities.GetProperty("total").GetInt32(), allTime);

        var disconnect = await CallAsync(client, "disconnect_provider", new() { ["provider"] = "synthetic" });
        Assert.True(disconnect.StructuredContent!.Value.GetProperty("disconnected").GetBoolean());
        Assert.True((await CallAsync(client, "get_stats")).IsError);
    }

    [Theory]
    [InlineData("limit", 0, "limit")]
    [InlineData("limit", 500, "limit")]
    [InlineData("sport_type", "curling", "sport_type")]
    [InlineData("before", "last tuesday", "before")]
    [InlineData("colour", "red", "unknown argument")]
    [InlineData("format", "xml", "format")]
    public async Task BadArguments_AreToolErrorsNamingTheArgument(string argument, object value, string expected)
    {
        var (h, key) = await StartWithUserAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var client = await McpTestClient.ConnectAsync(h.App, key);
        await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" });

        var result = await CallAsync(client, "get_activities", new() { [argument] = value });

        Assert.True(result.IsError);
        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mcp_WithoutCredentials_Is401WithABearerChallenge()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/mcp", UriKind.Relative))
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");

        using var response = await h.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, v => v.Scheme == "Bearer");
        await Assert.ThrowsAnyAsync<Exception>(() => McpTestClient.ConnectAsync(h.App, "pk_live_00000000000000000000000000000000"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Connections_BelongToTheirUserAndTenant(string provider)
    {
        var (h, key) = await StartWithUserAsync(provider);
        await using var _ = h;
        var root = await h.SuperAdminTokenAsync();
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "B", slug = "b-club", plan = "enterprise" }, root);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "bob@b.example", UserRole.User);
        var bobKey = await h.CreateKeyAsync((await h.LoginAsync("bob@b.example")).Str("access_token"));
        await using var ann = await McpTestClient.ConnectAsync(h.App, key);
        await using var bob = await McpTestClient.ConnectAsync(h.App, bobKey);

        await CallAsync(ann, "connect_provider", new() { ["provider"] = "synthetic" });
        var bobsView = await CallAsync(bob, "get_activities");
        await CallAsync(bob, "connect_provider", new() { ["provider"] = "synthetic" });

        Assert.True(bobsView.IsError);
        var annFirst = (await CallAsync(ann, "get_athlete")).StructuredContent!.Value.GetProperty("id").GetString();
        var bobFirst = (await CallAsync(bob, "get_athlete")).StructuredContent!.Value.GetProperty("id").GetString();
        Assert.NotEqual(annFirst, bobFirst);
        Assert.Equal(2, await h.DbAsync(db => db.ProviderConnections.Select(c => c.TenantId).Distinct().CountAsync()));
    }

    [Fact]
    public async Task DisabledTool_IsNotListedAndCannotBeCalled()
    {
        var (h, key) = await StartWithUserAsync(TestDatabases.Sqlite, new() { ["PIERRE_DISABLED_TOOLS"] = "get_stats" });
        await using var _ = h;
        await using var client = await McpTestClient.ConnectAsync(h.App, key);

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => CallAsync(client, "get_stats"));

        Assert.DoesNotContain(tools, t => t.Name == "get_stats");
        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("Unknown tool 'get_stats'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TenantOverride_TurnsAToolOffForThatTenantOnly(string provider)
    {
        var (h, key) = await StartWithUserAsync(provider);
        await using var _ = h;
        var root = await h.SuperAdminTokenAsync();
        var tenantId = await h.DbAsync(db => db.Tenants.Select(t => t.Id).SingleAsync());
        await using var client = await McpTestClient.ConnectAsync(h.App, key);

        var (status, _, _) = await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenantId}/tools/get_athlete", new { enabled = false }, root);
        Assert.Equal(HttpStatusCode.OK, status);

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain(tools, t => t.Name == "get_athlete");
        await Assert.ThrowsAsync<McpProtocolException>(() => CallAsync(client, "get_athlete"));
        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenantId}/tools/no_such_tool", new { enabled = true }, root)).Status);

        await h.Client.SendAsync(HttpMethod.Put, $"/admin/tenants/{tenantId}/tools/get_athlete", new { enabled = true }, root);
        Assert.Contains(await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken), t => t.Name == "get_athlete");
    }

    [Fact]
    public async Task UnknownTool_SuggestsCloseNames()
    {
        var (h, key) = await StartWithUserAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var client = await McpTestClient.ConnectAsync(h.App, key);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => CallAsync(client, "get_activity"));

        Assert.Contains("Did you mean get_activities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ToolCalls_AreCountedWithTheToolName()
    {
        var (h, key) = await StartWithUserAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var client = await McpTestClient.ConnectAsync(h.App, key);

        await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" });
        await CallAsync(client, "get_activities");

        for (var i = 0; i < 100 && !await h.DbAsync(db => db.ApiKeyUsage.AnyAsync(u => u.Operation == "tool:get_activities")); i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.True(await h.DbAsync(db => db.ApiKeyUsage.AnyAsync(u => u.Operation == "tool:get_activities" && u.StatusCode == 200)));
        Assert.True(await h.DbAsync(db => db.ApiKeyUsage.AnyAsync(u => u.Operation == "tool:connect_provider")));
    }

    [Fact]
    public async Task CompactFormat_OfFiftyActivities_CutsTextTokensByMoreThanAThird()
    {
        var (h, key) = await StartWithUserAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var client = await McpTestClient.ConnectAsync(h.App, key);
        await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" });

        var json = Text(await CallAsync(client, "get_activities", new() { ["limit"] = 50 }));
        var compact = await CallAsync(client, "get_activities", new() { ["limit"] = 50, ["format"] = "compact" });

        Assert.Equal(50, JsonDocument.Parse(json).RootElement.GetProperty("activities").GetArrayLength());
        Assert.Equal(50, compact.StructuredContent!.Value.GetProperty("activities").GetArrayLength());
        var compactText = Text(compact);
        Assert.Equal(50 + 5, compactText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.True(TokenEstimate.Count(compactText) <= 0.65 * TokenEstimate.Count(json), $"{TokenEstimate.Count(compactText)} vs {TokenEstimate.Count(json)}");
    }
}
