using Microsoft.EntityFrameworkCore;
using Pierre.Server.Configuration;
using Pierre.Server.Data;

namespace Pierre.Server.Mcp;

/// <summary>
/// The one place that decides which tools a caller may see and call: the tenant's plan (each tool has a minimum),
/// then the tenant's admin overrides, then <c>PIERRE_DISABLED_TOOLS</c>, which no override can undo.
/// </summary>
internal sealed class ToolGate(ToolCatalog catalog, PierreDbContext db, ServerConfig config)
{
    public async Task<IReadOnlyList<ToolDescriptor>> AllowedAsync(McpCaller caller, CancellationToken cancellationToken)
    {
        var overrides = await db.TenantToolOverrides.AsNoTracking()
            .Where(o => o.TenantId == caller.TenantId)
            .ToDictionaryAsync(o => o.ToolName, o => o.Enabled, cancellationToken).ConfigureAwait(false);
        return [.. catalog.Names
            .Select(name => catalog.ByName[name])
            .Where(tool => !config.DisabledTools.Contains(tool.Name))
            .Where(tool => overrides.TryGetValue(tool.Name, out var enabled) ? enabled : caller.Plan >= tool.MinimumPlan)];
    }
}
