using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Data;

namespace Pierre.Server.Mcp;

/// <summary>
/// The one place that decides which tools a caller may see and call: the tenant's plan (each tool has a minimum),
/// then the tenant's admin overrides, then <c>PIERRE_DISABLED_TOOLS</c>, which no override can undo. The overrides are
/// asked for on every list and call, so they are cached like the caller's live state (a change here evicts them).
/// </summary>
internal sealed class ToolGate(ToolCatalog catalog, PierreDbContext db, IMemoryCache cache, ServerConfig config)
{
    public async Task<IReadOnlyList<ToolDescriptor>> AllowedAsync(McpCaller caller, CancellationToken cancellationToken)
    {
        var overrides = await OverridesAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        return [.. catalog.Names
            .Select(name => catalog.ByName[name])
            .Where(tool => !config.DisabledTools.Contains(tool.Name))
            .Where(tool => overrides.TryGetValue(tool.Name, out var enabled) ? enabled : caller.Plan >= tool.MinimumPlan)];
    }

    public static void OverridesChanged(IMemoryCache cache, Guid tenantId) => cache.Remove(Key(tenantId));

    private async Task<Dictionary<string, bool>> OverridesAsync(Guid tenantId, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(tenantId), out Dictionary<string, bool>? known) && known is not null)
        {
            return known;
        }

        var overrides = await db.TenantToolOverrides.AsNoTracking()
            .Where(o => o.TenantId == tenantId)
            .ToDictionaryAsync(o => o.ToolName, o => o.Enabled, StringComparer.Ordinal, ct).ConfigureAwait(false);
        cache.Set(Key(tenantId), overrides, LiveCredentials.Lifetime);
        return overrides;
    }

    private static (string, Guid) Key(Guid tenantId) => ("tool_overrides", tenantId);
}
