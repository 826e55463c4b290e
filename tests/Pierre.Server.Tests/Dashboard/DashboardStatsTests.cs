using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Dashboard;
using Pierre.Server.Tests.Infrastructure;
using static Pierre.Server.Tests.Dashboard.DashboardSteps;

namespace Pierre.Server.Tests.Dashboard;

public sealed class DashboardStatsTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task StatsByTool_AfterToolCalls_CountRequestsErrorsAndPercentilesOfThoseCalls(string provider)
    {
        await using var h = await StartAsync(provider);
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var (_, annId) = await AccountAsync(h, "ann@example.com");
        var client = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync(token));
        await using (client)
        {
            await CallAsync(client, "connect_provider", new() { ["provider"] = "synthetic" });
            for (var i = 0; i < 4; i++)
            {
                await CallAsync(client, "get_activities", new() { ["limit"] = 2 });
            }
        }

        var rows = await RowsAsync(h, 5, u => u.UserId == annId && u.Operation.StartsWith("tool:"));
        var tenMinutesAgo = TimeProvider.System.GetUtcNow().UtcDateTime.AddMinutes(-10);
        var (tenantId, _) = await AccountAsync(h, "ann@example.com");
        await AddRowsAsync(h, Row(tenantId, annId, "tool:get_activities", tenMinutesAgo, 500, 900));
        rows.Add(Row(tenantId, annId, "tool:get_activities", tenMinutesAgo, 500, 900));

        var stats = await StatsAsync(h, token, "group=tool");

        Assert.Equal("tool", stats.Str("group"));
        Assert.Equal("me", stats.Str("scope"));
        Assert.Equal(7, stats.Int("days"));
        Assert.False(stats["capped"]!.GetValue<bool>());
        Assert.Equal(6, stats.Int("rows_read"));
        var series = stats.Items("series");
        Assert.Equal(["get_activities", "connect_provider"], series.Select(p => p.Str("key")));
        foreach (var point in series)
        {
            var mine = rows.Where(u => u.Operation == $"tool:{point.Str("key")}").ToList();
            Assert.Equal(mine.Count, point.Int("requests"));
            Assert.Equal(mine.Count(u => u.StatusCode >= 400), point.Int("errors"));
            Assert.Equal(Percentile(mine.Select(u => u.DurationMs), 50), point.Int("p50_duration_ms"));
            Assert.Equal(Percentile(mine.Select(u => u.DurationMs), 95), point.Int("p95_duration_ms"));
        }

        Assert.Equal(5, series[0].Int("requests"));
        Assert.Equal(1, series[0].Int("errors"));
        Assert.Equal(900, series[0].Int("p95_duration_ms"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task StatsByDay_ListEveryDayOfThePeriod_WithOlderRowsLeftOut(string provider)
    {
        await using var h = await StartAsync(provider);
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var (tenantId, annId) = await AccountAsync(h, "ann@example.com");
        var today = TimeProvider.System.GetUtcNow().UtcDateTime.Date;
        var twoDaysAgo = today.AddDays(-2).AddHours(13);
        await AddRowsAsync(h,
            Row(tenantId, annId, "tool:get_activities", twoDaysAgo, 200, 10),
            Row(tenantId, annId, "GET /api/keys", twoDaysAgo.AddMinutes(1), 200, 20),
            Row(tenantId, annId, "tool:get_stats", twoDaysAgo.AddMinutes(2), 500, 30),
            Row(tenantId, annId, "POST /api/keys", twoDaysAgo.AddMinutes(3), 400, 400),
            Row(tenantId, annId, "tool:get_activities", today.AddDays(-3).AddMinutes(5), 200, 7),
            Row(tenantId, annId, "tool:get_activities", today.AddDays(-3).AddMinutes(-5), 200, 7000));
        var userRowsBefore = await h.DbAsync(db => db.ApiKeyUsage.CountAsync(u => u.UserId == annId && u.Timestamp >= today));

        var stats = await StatsAsync(h, token, "days=3&group=day");

        var userRowsAfter = await h.DbAsync(db => db.ApiKeyUsage.CountAsync(u => u.UserId == annId && u.Timestamp >= today));
        Assert.Equal(today.AddDays(-2), stats.Time("from"));
        var series = stats.Items("series");
        Assert.Equal(Enumerable.Range(-2, 3).Select(d => today.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), series.Select(p => p.Str("key")));
        Assert.Equal(4, series[0].Int("requests"));
        Assert.Equal(2, series[0].Int("errors"));
        Assert.Equal(20, series[0].Int("p50_duration_ms"));
        Assert.Equal(400, series[0].Int("p95_duration_ms"));
        Assert.Equal(0, series[1].Int("requests"));
        Assert.Null(series[1]["p50_duration_ms"]);
        Assert.Null(series[1]["p95_duration_ms"]);
        Assert.InRange(series[2].Int("requests"), userRowsBefore, userRowsAfter);

        var week = (await StatsAsync(h, token, "days=4")).Items("series");
        Assert.Equal(4, week.Count);
        Assert.Equal(1, week[0].Int("requests"));
        Assert.Equal(7, week[0].Int("p95_duration_ms"));
    }

    [Fact]
    public async Task Stats_OverTheRowCap_CountTheNewestRows_AndSaySo()
    {
        await using var h = await StartAsync(TestDatabases.Sqlite, s => s.AddSingleton(new DashboardLimits { MaxStatsRows = 3 }));
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var (tenantId, annId) = await AccountAsync(h, "ann@example.com");
        var hourAgo = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1);
        await AddRowsAsync(h, [.. Enumerable.Range(0, 5).Select(i => Row(tenantId, annId, "tool:get_activities", hourAgo.AddSeconds(i), durationMs: (i + 1) * 100))]);

        var stats = await StatsAsync(h, token, "group=tool");

        Assert.True(stats["capped"]!.GetValue<bool>());
        Assert.Equal(3, stats.Int("rows_read"));
        Assert.Equal(3, stats.Int("max_rows"));
        var point = Assert.Single(stats.Items("series"));
        Assert.Equal(3, point.Int("requests"));
        Assert.Equal(400, point.Int("p50_duration_ms"));
    }

    [Theory]
    [InlineData("days=0", "days")]
    [InlineData("days=91", "days")]
    [InlineData("days=seven", "days")]
    [InlineData("days=-1", "days")]
    [InlineData("group=x", "group")]
    [InlineData("group=Tool", "group")]
    [InlineData("scope=x", "scope")]
    public async Task Stats_WithABadParameter_Is400_NamingIt(string query, string parameter)
    {
        await using var h = await StartAsync(TestDatabases.Sqlite);
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");

        var (status, body, _) = await h.Client.GetAsync($"/api/dashboard/stats?{query}", token);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(parameter + " must be", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, await StatsStatusAsync(h, token, "days=90&group=tool&scope=me"));
        Assert.Equal(HttpStatusCode.OK, await StatsStatusAsync(h, token, "days=1"));
    }
}
