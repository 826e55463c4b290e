using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Mcp;

namespace Pierre.Server.Tenants;

internal sealed partial class TenantService(PierreDbContext db, IMemoryCache cache, LiveCredentials live, TimeProvider clock)
{
    private static readonly string PlanRule = $"plan must be one of {string.Join(", ", Enum.GetValues<TenantPlan>().Select(RoleNames.Of))}";

    public async Task<Result<TenantView>> CreateAsync(ClaimsPrincipal? caller, CreateTenantRequest request, CancellationToken ct)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return Refusal.Invalid("name is required (at most 200 characters)");
        }

        var slug = request.Slug?.Trim().ToLowerInvariant();
        if (slug is null || !SlugPattern().IsMatch(slug))
        {
            return Refusal.Invalid("slug must be 2-64 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }

        if (ParsePlan(request.Plan) is not { } plan)
        {
            return Refusal.Invalid(PlanRule);
        }

        if (await db.Tenants.AnyAsync(t => t.Slug == slug, ct).ConfigureAwait(false))
        {
            return Refusal.Conflict($"a tenant with slug '{slug}' already exists");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var tenant = new Tenant { Id = Guid.CreateVersion7(), Name = name, Slug = slug, Plan = plan, CreatedAt = now };
        db.Tenants.Add(tenant);
        db.Record(caller, "tenant.created", tenant.Id, "tenant", tenant.Id.ToString(), now, $"plan={RoleNames.Of(plan)}");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return View(tenant);
    }

    /// <summary>The tenant's id from its slug (the command line names tenants by slug), or null when there is none.</summary>
    public async Task<Guid?> FindIdAsync(string slug, CancellationToken ct)
    {
        var normalized = slug.Trim().ToLowerInvariant();
        return await db.Tenants.Where(t => t.Slug == normalized).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(ct).ConfigureAwait(false);
    }

    public async Task<List<TenantView>> ListAsync(CancellationToken ct)
    {
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.CreatedAt).ToListAsync(ct).ConfigureAwait(false);
        return [.. tenants.Select(View)];
    }

    /// <summary>
    /// Moves a tenant to another plan: its users' tools and their keys' tier follow on their next request, at once in
    /// this process (their cached account state is evicted) and within <see cref="LiveCredentials.Lifetime"/> on others.
    /// </summary>
    public async Task<Result<TenantView>> SetPlanAsync(ClaimsPrincipal? caller, Guid tenantId, SetTenantPlanRequest request, CancellationToken ct)
    {
        if (ParsePlan(request.Plan) is not { } plan)
        {
            return Refusal.Invalid(PlanRule);
        }

        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Id == tenantId, ct).ConfigureAwait(false);
        if (tenant is null)
        {
            return Refusal.NotFound("tenant");
        }

        if (tenant.Plan != plan)
        {
            db.Record(caller, "tenant.plan_changed", tenant.Id, "tenant", tenant.Id.ToString(), clock.GetUtcNow().UtcDateTime,
                $"from={RoleNames.Of(tenant.Plan)} to={RoleNames.Of(plan)}");
            tenant.Plan = plan;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            foreach (var user in await db.Users.Where(u => u.TenantId == tenantId).Select(u => u.Id).ToListAsync(ct).ConfigureAwait(false))
            {
                live.AccountChanged(user);
            }
        }

        return View(tenant);
    }

    /// <summary>Turns one tool on or off for a tenant; the tool gate reads it on the next list or call.</summary>
    public async Task<Result<ToolOverrideView>> SetToolAsync(
        ClaimsPrincipal caller, Guid tenantId, string tool, ToolOverrideRequest request, IReadOnlyCollection<string> knownTools, CancellationToken ct)
    {
        if (AdminAccess.TenantScope(caller) is { } scope && scope != tenantId || !await db.Tenants.AnyAsync(t => t.Id == tenantId, ct).ConfigureAwait(false))
        {
            return Refusal.NotFound("tenant");
        }

        if (!knownTools.Contains(tool))
        {
            return Refusal.NotFound($"tool '{tool}'");
        }

        if (request.Enabled is not { } enabled)
        {
            return Refusal.Invalid("enabled (true or false) is required");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await db.TenantToolOverrides.SingleOrDefaultAsync(o => o.TenantId == tenantId && o.ToolName == tool, ct).ConfigureAwait(false);
        if (existing is null)
        {
            db.TenantToolOverrides.Add(new TenantToolOverride { TenantId = tenantId, ToolName = tool, Enabled = enabled, UpdatedAt = now });
        }
        else
        {
            existing.Enabled = enabled;
            existing.UpdatedAt = now;
        }

        db.Record(caller, enabled ? "tool.enabled" : "tool.disabled", tenantId, "tool", tool, now);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        ToolGate.OverridesChanged(cache, tenantId);
        return new ToolOverrideView(tenantId, tool, enabled);
    }

    private static TenantPlan? ParsePlan(string? name) =>
        Enum.TryParse<TenantPlan>(name, ignoreCase: true, out var plan) && Enum.IsDefined(plan) && !int.TryParse(name, out _) ? plan : null;

    private static TenantView View(Tenant t) => new(t.Id, t.Name, t.Slug, RoleNames.Of(t.Plan), t.CreatedAt);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex SlugPattern();
}
