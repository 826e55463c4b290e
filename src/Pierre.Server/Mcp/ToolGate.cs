using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Mcp;

/// <summary>
/// The one place that decides which tools a caller may see and call: the tenant's plan (each tool has a minimum),
/// then the tenant's admin overrides, then <c>PIERRE_DISABLED_TOOLS</c>, which no override can undo, for an A2A
/// agent its capabilities, and for an OAuth token its scopes. The overrides are
/// asked for on every list and call, so they are cached like the caller's live state (a change here evicts them).
/// </summary>
internal sealed class ToolGate(ToolCatalog catalog, ScopedDb scoped, IMemoryCache cache, ServerConfig config)
{
    private PierreDbContext Db => scoped.Context;

    public async Task<IReadOnlyList<ToolDescriptor>> AllowedAsync(McpCaller caller, CancellationToken cancellationToken)
    {
        var gate = await TenantGateAsync(caller.TenantId, cancellationToken).ConfigureAwait(false);
        var allowed = gate.Allowed.GetOrAdd(caller.Plan, plan => [.. catalog.Names
            .Select(name => catalog.ByName[name])
            .Where(tool => !config.DisabledTools.Contains(tool.Name))
            .Where(tool => gate.Overrides.TryGetValue(tool.Name, out var enabled) ? enabled : plan >= tool.MinimumPlan)]);
        IEnumerable<ToolDescriptor> narrowed = allowed;
        if (caller.Caller.AgentCapabilities is { } granted)
        {
            narrowed = narrowed.Where(tool => Grants(granted, tool));
        }

        if (caller.Caller.Scopes is { } scopes)
        {
            narrowed = narrowed.Where(tool => scopes.Contains(OAuthServer.OAuthScopes.Needed(tool)));
        }

        return ReferenceEquals(narrowed, allowed) ? allowed : [.. narrowed];
    }

    /// <summary>Whether an agent's capabilities name the tool or its group.</summary>
    private static bool Grants(IReadOnlySet<string> capabilities, ToolDescriptor tool) =>
        capabilities.Contains(tool.Name) || capabilities.Contains(ToolGroupInfo.Of(tool.Group).Id);

    public static void OverridesChanged(IMemoryCache cache, Guid tenantId) => cache.Remove(Key(tenantId));

    private async Task<TenantGate> TenantGateAsync(Guid tenantId, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(tenantId), out TenantGate? known) && known is not null)
        {
            return known;
        }

        var overrides = await Db.TenantToolOverrides.AsNoTracking()
            .Where(o => o.TenantId == tenantId)
            .ToDictionaryAsync(o => o.ToolName, o => o.Enabled, StringComparer.Ordinal, ct).ConfigureAwait(false);
        var gate = new TenantGate(overrides);
        cache.Set(Key(tenantId), gate, LiveCredentials.Lifetime);
        return gate;
    }

    private static (string, Guid) Key(Guid tenantId) => ("tool_overrides", tenantId);

    /// <summary>A tenant's overrides and, per plan, the tools they allow: computed once per cache entry, not per call.</summary>
    private sealed record TenantGate(Dictionary<string, bool> Overrides)
    {
        public ConcurrentDictionary<TenantPlan, ToolDescriptor[]> Allowed { get; } = new();
    }
}
