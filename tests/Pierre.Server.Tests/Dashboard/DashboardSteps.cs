using System.Linq.Expressions;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Dashboard;

/// <summary>Reads of both dashboard routes, tool calls that make usage, and waits for the usage rows to be written.</summary>
internal static class DashboardSteps
{
    public static Task<IdentityHarness> StartAsync(string provider, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) =>
        IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" }, services);

    public static async Task<JsonNode> OverviewAsync(IdentityHarness h, string token)
    {
        var (status, body, _) = await h.Client.GetAsync("/api/dashboard", token);
        Assert.True(status == HttpStatusCode.OK, $"dashboard {status}: {body?.ToJsonString()}");
        return body!;
    }

    public static async Task<JsonNode> StatsAsync(IdentityHarness h, string token, string query)
    {
        var (status, body, _) = await h.Client.GetAsync($"/api/dashboard/stats?{query}", token);
        Assert.True(status == HttpStatusCode.OK, $"stats?{query} {status}: {body?.ToJsonString()}");
        return body!;
    }

    public static async Task<HttpStatusCode> StatsStatusAsync(IdentityHarness h, string token, string query) =>
        (await h.Client.GetAsync($"/api/dashboard/stats?{query}", token)).Status;

    public static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        await client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken);

    /// <summary>Waits until <see cref="Usage.UsageFlushService"/> has written at least <paramref name="count"/> rows matching <paramref name="filter"/>.</summary>
    public static async Task<List<ApiKeyUsage>> RowsAsync(IdentityHarness h, int count, Expression<Func<ApiKeyUsage, bool>> filter)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var rows = await h.DbAsync(db => db.ApiKeyUsage.AsNoTracking().Where(filter).ToListAsync());
            if (rows.Count >= count)
            {
                return rows;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"fewer than {count} usage rows after 10 s");
    }

    /// <summary>Writes usage rows straight to the database, as the flush would have, for periods the test cannot wait for.</summary>
    public static Task AddRowsAsync(IdentityHarness h, params ApiKeyUsage[] rows) =>
        h.DbAsync(async db =>
        {
            db.ApiKeyUsage.AddRange(rows);
            return await db.SaveChangesAsync();
        });

    public static ApiKeyUsage Row(Guid tenantId, Guid userId, string operation, DateTime at, int status = 200, int durationMs = 5) => new()
    {
        TenantId = tenantId, UserId = userId, Operation = operation, StatusCode = status, DurationMs = durationMs, Timestamp = at,
    };

    public static async Task<(Guid TenantId, Guid UserId)> AccountAsync(IdentityHarness h, string email)
    {
        var user = await h.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        return (user.TenantId, user.Id);
    }

    /// <summary>The p-th percentile by nearest rank, computed here independently of the server.</summary>
    public static int Percentile(IEnumerable<int> values, int p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Ceiling(p * sorted.Count / 100.0) - 1];
    }

    public static int Int(this JsonNode? node, string name) => node![name]!.GetValue<int>();

    public static int? NullableInt(this JsonNode? node, string name) => node![name]?.GetValue<int>();

    public static DateTime Time(this JsonNode? node, string name) => node![name]!.GetValue<DateTime>().ToUniversalTime();

    public static List<JsonNode> Items(this JsonNode? node, string name) => [.. node![name]!.AsArray().Select(n => n!)];
}
