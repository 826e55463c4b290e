using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Auth;
using Pierre.Server.Data;

namespace Pierre.Server.Mcp;

/// <summary>Turns the transport's principal into the user and tenant a tool acts for; only active users qualify.</summary>
internal sealed class McpCallerResolver(PierreDbContext db)
{
    public async Task<McpCaller?> ResolveAsync(ClaimsPrincipal? principal, CancellationToken ct)
    {
        if (principal?.Identity?.IsAuthenticated != true || principal.FindFirstValue(PierreClaims.Status) != StatusNames.Active
            || AuthManager.UserId(principal) is not { } userId || CallerTenant.Of(principal) is not { } tenantId)
        {
            return null;
        }

        var plan = await db.Tenants.AsNoTracking().Where(t => t.Id == tenantId).Select(t => (Data.Entities.TenantPlan?)t.Plan)
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return plan is { } p ? new McpCaller(userId, tenantId, p, principal) : null;
    }
}
