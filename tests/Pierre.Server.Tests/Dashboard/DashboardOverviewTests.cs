using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using static Pierre.Server.Tests.Dashboard.DashboardSteps;

namespace Pierre.Server.Tests.Dashboard;

public sealed class DashboardOverviewTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Overview_AfterToolAndRestCalls_ShowsConnectionsKeysUsageAndRecentToolCalls(string provider)
    {
        await using var h = await StartAsync(provider);
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = await h.CreateKeyAsync(token, "laptop");
        var (tenantId, userId) = await AccountAsync(h, "ann@example.com");

        var before = await OverviewAsync(h, token);
        Assert.Empty(before.Items("connections"));
        Assert.Empty(before.Items("recent_tool_calls"));
        var fresh = Assert.Single(before.Items("api_keys"));
        Assert.Equal("laptop", fresh.Str("name"));
        Assert.StartsWith(fresh.Str("key_prefix"), key, StringComparison.Ordinal);
        Assert.Equal(0, fresh.Int("used_this_month"));
        Assert.Null(fresh["last_used_at"]);
        Assert.Null(fresh["revoked_at"]);

        var client = await McpTestClient.ConnectAsync(h.App, key);
        await using (client)
        {
            Assert.True((await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" })).IsError is not true);
            Assert.True((await CallAsync(client, "get_activities", new() { ["limit"] = 3 })).IsError is not true);
            Assert.True((await CallAsync(client, "get_activities", new() { ["limit"] = "many" })).IsError);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{Guid.NewGuid()}", bearer: token)).Status);
        var toolRows = await RowsAsync(h, 3, u => u.UserId == userId && u.Operation.StartsWith("tool:"));
        await RowsAsync(h, 1, u => u.UserId == userId && u.StatusCode == 404);
        var keyRows = await h.DbAsync(db => db.ApiKeyUsage.Where(u => u.ApiKeyId != null).ToListAsync());
        var rowsBefore = await h.DbAsync(db => db.ApiKeyUsage.CountAsync(u => u.TenantId == tenantId && u.UserId == userId));

        var after = await OverviewAsync(h, token);

        var rowsAfter = await h.DbAsync(db => db.ApiKeyUsage.CountAsync(u => u.TenantId == tenantId && u.UserId == userId));
        var connection = Assert.Single(after.Items("connections"));
        Assert.Equal("synthetic", connection.Str("provider"));
        Assert.True(connection["default"]!.GetValue<bool>());

        var used = Assert.Single(after.Items("api_keys"));
        Assert.Equal(keyRows.Count, used.Int("used_this_month"));
        Assert.True(used.Int("used_this_month") >= 3, $"only {used.Int("used_this_month")} requests counted for the key");
        Assert.Equal(keyRows.Max(u => u.Timestamp), used.Time("last_used_at"));

        var calls = after.Items("recent_tool_calls");
        Assert.Equal(["get_activities", "get_activities", "connect_provider"], calls.Select(c => c.Str("tool")));
        Assert.All(calls, c => Assert.Equal(fresh.Str("key_prefix"), c.Str("key_prefix")));
        Assert.Equal(toolRows.OrderByDescending(u => u.Timestamp).ThenByDescending(u => u.Id).Select(u => (u.StatusCode, u.DurationMs, u.Timestamp)),
            calls.Select(c => (c.Int("status"), c.Int("duration_ms"), c.Time("at"))));
        // A tool's own error is a JSON-RPC answer of HTTP 200, recorded as the error it is (as on TCP and stdio).
        Assert.Equal([400, 200, 200], calls.Select(c => c.Int("status")));

        var usage = after["usage"];
        Assert.InRange(usage.Int("requests"), rowsBefore, rowsAfter);
        Assert.Equal(await h.DbAsync(db => db.ApiKeyUsage.CountAsync(u => u.UserId == userId && u.StatusCode >= 400)), usage.Int("errors"));
        Assert.Equal(2, usage.Int("errors"));
        var monthStart = usage.Time("month_start");
        Assert.Equal(1, monthStart.Day);
        Assert.Equal(TimeSpan.Zero, monthStart.TimeOfDay);
        Assert.Equal(monthStart.AddMonths(1), usage.Time("resets_at"));
        Assert.InRange(DateTime.SpecifyKind(toolRows[0].Timestamp, DateTimeKind.Utc), monthStart, monthStart.AddMonths(1));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RecentToolCalls_AreTheLast20ToolCalls_NewestFirst_OnlyTheCallers(string provider)
    {
        await using var h = await StartAsync(provider);
        await h.RegisterAsync("ann@example.com");
        await h.RegisterAsync("bob@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var (tenantId, annId) = await AccountAsync(h, "ann@example.com");
        var (_, bobId) = await AccountAsync(h, "bob@example.com");
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddMinutes(-30);
        await AddRowsAsync(h, [
            .. Enumerable.Range(0, 25).Select(i => Row(tenantId, annId, $"tool:tool_{i:00}", now.AddSeconds(i))),
            Row(tenantId, annId, "GET /api/keys", now.AddSeconds(30)),
            Row(tenantId, bobId, "tool:bobs_tool", now.AddSeconds(40))]);

        var calls = (await OverviewAsync(h, token)).Items("recent_tool_calls");

        Assert.Equal(Enumerable.Range(5, 20).Reverse().Select(i => $"tool_{i:00}"), calls.Select(c => c.Str("tool")));
        Assert.All(calls, c => Assert.Null(c["key_prefix"]));
        Assert.Equal(now.AddSeconds(24), calls[0].Time("at"));
    }

    [Fact]
    public async Task Overview_WithoutCredentials_Is401_AndWithAnAgentsKey_Is403_AndWithAUsersKey_Is200()
    {
        await using var h = await StartAsync(TestDatabases.Sqlite);
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = await h.CreateKeyAsync(token);
        var agent = await A2ATestClient.RegisterAgentAsync(h, token, "data");

        foreach (var path in new[] { "/api/dashboard", "/api/dashboard/stats", "/api/dashboard/stats?scope=all" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync(path, bearer: null)).Status);
            Assert.Equal(HttpStatusCode.Forbidden, (await h.Client.GetAsync(path, apiKey: agent.Key)).Status);
        }

        var (status, body, _) = await h.Client.GetAsync("/api/dashboard", apiKey: key);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, body.Items("api_keys").Count);
    }
}
