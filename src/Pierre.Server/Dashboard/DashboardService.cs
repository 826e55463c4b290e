using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Admin;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Connections;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Mcp;

namespace Pierre.Server.Dashboard;

/// <summary>
/// The dashboard's figures, read from the usage rows <see cref="Usage.UsageFlushService"/> writes (about a second behind
/// the requests). Every query starts from the caller's tenant, then their own rows; only a super-admin reads across tenants.
/// </summary>
internal sealed class DashboardService(
    PierreDbContext db, ConnectionService connections, ServerConfig config, DashboardLimits limits, TimeProvider clock)
{
    public const int RecentToolCalls = 20;

    public async Task<Result<DashboardOverview>> OverviewAsync(ClaimsPrincipal caller, CancellationToken ct)
    {
        if (AuthManager.UserId(caller) is not { } userId || CallerTenant.Of(caller) is not { } tenantId)
        {
            return Refusal.Forbidden("the dashboard shows a user's own account; sign in as a user");
        }

        var sources = await connections.SourcesAsync(tenantId, userId, ct).ConfigureAwait(false);
        var defaultProvider = sources.Default;
        var monthStart = MonthStart();
        var mine = db.ApiKeyUsage.AsNoTracking().Where(u => u.TenantId == tenantId && u.UserId == userId);
        var month = mine.Where(u => u.Timestamp >= monthStart);
        var perKey = await month.Where(u => u.ApiKeyId != null)
            .GroupBy(u => u.ApiKeyId)
            .Select(g => new { KeyId = g.Key!.Value, Count = g.Count() })
            .ToDictionaryAsync(g => g.KeyId, g => g.Count, ct).ConfigureAwait(false);
        var totals = await month.GroupBy(_ => 1)
            .Select(g => new { Requests = g.Count(), Errors = g.Count(u => u.StatusCode >= 400) })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var plan = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Plan).SingleAsync(ct).ConfigureAwait(false);
        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.TenantId == tenantId && k.UserId == userId)
            .OrderBy(k => k.CreatedAt)
            .ToListAsync(ct).ConfigureAwait(false);
        var calls = await mine.Where(u => u.Operation.StartsWith(ToolDescriptor.OperationPrefix))
            .OrderByDescending(u => u.Timestamp).ThenByDescending(u => u.Id)
            .Take(RecentToolCalls)
            .Select(u => new { u.Operation, u.StatusCode, u.DurationMs, u.Timestamp, u.ApiKeyId })
            .ToListAsync(ct).ConfigureAwait(false);
        var prefixes = keys.ToDictionary(k => k.Id, k => k.KeyPrefix);

        return new DashboardOverview(
            [.. sources.Connections.Select(c => new DashboardConnection(c.Provider, c.ConnectedAt, c.Provider == defaultProvider))],
            [.. keys.Select(k =>
            {
                // The tier a key acts with: its own, capped at the tenant's current plan.
                var tier = TierPolicy.Cap(k.Tier, plan);
                return new DashboardApiKey(
                    k.Id, k.Name, k.KeyPrefix, RoleNames.Of(tier), config.Tiers.For(tier).MonthlyLimit, perKey.GetValueOrDefault(k.Id),
                    k.LastUsedAt, k.CreatedAt, k.ExpiresAt, k.RevokedAt);
            })],
            new MonthUsage(totals?.Requests ?? 0, totals?.Errors ?? 0, monthStart, monthStart.AddMonths(1)),
            [.. calls.Select(c => new RecentToolCall(
                c.Operation[ToolDescriptor.OperationPrefix.Length..], c.StatusCode, c.DurationMs, c.Timestamp,
                c.ApiKeyId is { } keyId ? prefixes.GetValueOrDefault(keyId) : null))]);
    }

    public async Task<Result<DashboardStats>> StatsAsync(ClaimsPrincipal caller, StatsQuery query, CancellationToken ct)
    {
        if (Refuse(caller, query.Scope) is { } refusal)
        {
            return refusal;
        }

        var rows = Rows(caller, query.Scope);
        var to = clock.GetUtcNow().UtcDateTime;
        var from = to.Date.AddDays(1 - query.Days);
        rows = rows.Where(u => u.Timestamp >= from);
        if (query.Group == StatsGroup.Tool)
        {
            rows = rows.Where(u => u.Operation.StartsWith(ToolDescriptor.OperationPrefix));
        }

        var read = await rows.OrderByDescending(u => u.Timestamp)
            .Take(limits.MaxStatsRows + 1)
            .Select(u => new UsageSample(u.Operation, u.StatusCode, u.DurationMs, u.Timestamp))
            .ToListAsync(ct).ConfigureAwait(false);
        var capped = read.Count > limits.MaxStatsRows;
        if (capped)
        {
            read.RemoveAt(read.Count - 1);
        }

        var series = query.Group == StatsGroup.Tool
            ? read.GroupBy(s => s.Operation[ToolDescriptor.OperationPrefix.Length..], StringComparer.Ordinal)
                .Select(g => Point(g.Key, [.. g]))
                .OrderByDescending(p => p.Requests).ThenBy(p => p.Key, StringComparer.Ordinal)
                .ToList()
            : Enumerable.Range(0, query.Days)
                .Select(d => from.AddDays(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .GroupJoin(read, day => day, s => s.Timestamp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), (day, samples) => Point(day, [.. samples]), StringComparer.Ordinal)
                .ToList();
        return new DashboardStats(query.ScopeName, query.GroupName, query.Days, from, to, read.Count, limits.MaxStatsRows, capped, series);
    }

    /// <summary>Why the caller may not read <paramref name="scope"/>'s rows, or null when they may.</summary>
    private static Refusal? Refuse(ClaimsPrincipal caller, StatsScope scope) => scope switch
    {
        StatsScope.All when !AdminAccess.IsSuperAdmin(caller) => Refusal.Forbidden("scope=all is for super-admins"),
        StatsScope.Tenant when CallerTenant.Of(caller) is null || AdminAccess.RoleOf(caller) < UserRole.Admin =>
            Refusal.Forbidden("scope=tenant is for the tenant's admins"),
        StatsScope.Me when CallerTenant.Of(caller) is null || AuthManager.UserId(caller) is null => Refusal.Forbidden("scope=me needs a user; sign in as one"),
        _ => null,
    };

    /// <summary>The rows of <paramref name="scope"/>, once <see cref="Refuse"/> allowed it: every tenant's, the caller's tenant's, or their own.</summary>
    private IQueryable<ApiKeyUsage> Rows(ClaimsPrincipal caller, StatsScope scope)
    {
        var all = db.ApiKeyUsage.AsNoTracking();
        if (scope == StatsScope.All)
        {
            return all;
        }

        var tenantId = CallerTenant.Of(caller)!.Value;
        var tenant = all.Where(u => u.TenantId == tenantId);
        var userId = AuthManager.UserId(caller);
        return scope == StatsScope.Tenant ? tenant : tenant.Where(u => u.UserId == userId);
    }

    private static StatsPoint Point(string key, List<UsageSample> samples)
    {
        var durations = samples.Select(s => s.DurationMs).Order().ToList();
        return new StatsPoint(
            key, samples.Count, samples.Count(s => s.StatusCode >= 400), NearestRank.Percentile(durations, 50), NearestRank.Percentile(durations, 95));
    }

    private DateTime MonthStart() => Usage.QuotaMonth.StartOf(clock.GetUtcNow().UtcDateTime);

    private sealed record UsageSample(string Operation, int StatusCode, int DurationMs, DateTime Timestamp);
}
