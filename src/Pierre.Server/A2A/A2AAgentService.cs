using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Admin;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Mcp;

namespace Pierre.Server.A2A;

/// <summary>
/// A user's A2A agents (the seed's A2AClientManager and A2ASystemUserService): each is a principal of its own, linked
/// to its owner, acting on the owner's data through its own API key, limited to the capabilities granted. The key's
/// tier is at most the owner's, and its calls count against that key and show under the agent's name.
/// </summary>
internal sealed class A2AAgentService(
    PierreDbContext db, ApiKeyService keys, LiveCredentials live, CallerResolver callers, ToolGate gate, ToolCatalog catalog,
    ServerConfig config, TimeProvider clock)
{
    private const string KeyNamePrefix = "A2A agent: ";
    private const int MaxCapabilities = 100;

    public async Task<Result<RegisteredAgent>> RegisterAsync(ClaimsPrincipal principal, RegisterAgentRequest request, CancellationToken ct)
    {
        var (caller, refusal) = await callers.ResolveAsync(principal, ct).ConfigureAwait(false);
        if (caller is null)
        {
            return Refusal.Forbidden(refusal!);
        }

        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100)
        {
            return Refusal.Invalid("name is required (at most 100 characters)");
        }

        if (request.Description?.Length > 1000 || request.Contact?.Length > 200)
        {
            return Refusal.Invalid("description is at most 1000 characters and contact at most 200");
        }

        if (!(await CheckCapabilitiesAsync(new McpCaller(caller, principal), request.Capabilities, ct).ConfigureAwait(false)).TryGetValue(out var capabilities, out var bad))
        {
            return bad;
        }

        if (!(await keys.AddAsync(principal, new CreateApiKeyRequest(KeyNamePrefix + name, request.Tier, request.ExpiresInDays), ct).ConfigureAwait(false))
            .TryGetValue(out var issued, out var keyRefusal))
        {
            return keyRefusal;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var agent = new A2AAgent
        {
            Id = Guid.CreateVersion7(),
            TenantId = caller.TenantId,
            UserId = caller.UserId,
            Name = name,
            Description = request.Description?.Trim(),
            Contact = request.Contact?.Trim(),
            Capabilities = capabilities,
            ApiKeyId = issued.Entity.Id,
            CreatedAt = now,
        };
        db.A2AAgents.Add(agent);
        db.Record(principal, "a2a_agent.registered", caller.TenantId, "a2a_agent", agent.Id.ToString(), now, $"capabilities={capabilities}");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new RegisteredAgent(
            agent.Id, name, AgentCapabilities.Parse(capabilities).Order(StringComparer.Ordinal).ToList(), issued.View.Key, issued.View.KeyPrefix,
            issued.View.Tier, issued.View.MonthlyLimit, issued.View.ExpiresAt, new Uri(config.BaseUrl, AgentCard.WellKnownPath).ToString(),
            new Uri(config.BaseUrl, "/a2a").ToString());
    }

    public Task<List<AgentView>> ListAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var (tenantId, userId) = Owner(principal);
        return ViewsAsync(db.A2AAgents.Where(a => a.TenantId == tenantId && a.UserId == userId), ct);
    }

    /// <summary>The agents as their owner sees them, with their key (its tier capped at the tenant's plan) and this month's requests.</summary>
    private async Task<List<AgentView>> ViewsAsync(IQueryable<A2AAgent> agents, CancellationToken ct)
    {
        var monthStart = MonthStart();
        var rows = await agents.AsNoTracking()
            .Join(db.ApiKeys, a => a.ApiKeyId, k => k.Id, (a, k) => new
            {
                Agent = a, k.KeyPrefix, k.Tier, k.ExpiresAt, Plan = db.Tenants.Where(t => t.Id == a.TenantId).Select(t => t.Plan).First(),
                Requests = db.ApiKeyUsage.Count(u => u.ApiKeyId == k.Id && u.Timestamp >= monthStart),
            })
            .OrderBy(r => r.Agent.CreatedAt)
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => View(r.Agent, r.KeyPrefix, TierPolicy.Cap(r.Tier, r.Plan), r.Requests, r.ExpiresAt))];
    }

    public async Task<Result<AgentView>> SetCapabilitiesAsync(ClaimsPrincipal principal, Guid id, AgentCapabilitiesRequest request, CancellationToken ct)
    {
        var (caller, refusal) = await callers.ResolveAsync(principal, ct).ConfigureAwait(false);
        if (caller is null)
        {
            return Refusal.Forbidden(refusal!);
        }

        var agent = await db.A2AAgents.SingleOrDefaultAsync(a => a.Id == id && a.TenantId == caller.TenantId && a.UserId == caller.UserId, ct).ConfigureAwait(false);
        if (agent is null)
        {
            return Refusal.NotFound("A2A agent");
        }

        if (agent.RevokedAt is not null)
        {
            return Refusal.Conflict("the agent was revoked: register a new one");
        }

        if (!(await CheckCapabilitiesAsync(new McpCaller(caller, principal), request.Capabilities, ct).ConfigureAwait(false)).TryGetValue(out var capabilities, out var bad))
        {
            return bad;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Record(principal, "a2a_agent.capabilities_changed", caller.TenantId, "a2a_agent", agent.Id.ToString(), now, $"from={agent.Capabilities} to={capabilities}");
        agent.Capabilities = capabilities;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        live.AgentChanged(agent.Id);
        return (await ViewsAsync(db.A2AAgents.Where(a => a.Id == agent.Id), ct).ConfigureAwait(false)).Single();
    }

    public async Task<Refusal?> RevokeAsync(ClaimsPrincipal principal, Guid id, CancellationToken ct)
    {
        var (tenantId, userId) = Owner(principal);
        var agent = await db.A2AAgents.SingleOrDefaultAsync(a => a.Id == id && a.TenantId == tenantId && a.UserId == userId, ct).ConfigureAwait(false);
        if (agent is null)
        {
            return Refusal.NotFound("A2A agent");
        }

        if (agent.RevokedAt is not null)
        {
            return null;
        }

        var key = await db.ApiKeys.SingleAsync(k => k.Id == agent.ApiKeyId, ct).ConfigureAwait(false);
        var now = clock.GetUtcNow().UtcDateTime;
        agent.RevokedAt = now;
        key.RevokedAt ??= now;
        db.Record(principal, "a2a_agent.revoked", agent.TenantId, "a2a_agent", agent.Id.ToString(), now);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        live.AgentChanged(agent.Id);
        live.ApiKeyChanged(key.Id, key.KeyHash);
        return null;
    }

    /// <summary>
    /// Capabilities as stored, once each is a skill id or a tool name; a tool the owner may not use cannot be granted
    /// (a skill is always narrowed to the owner's tools when the agent calls).
    /// </summary>
    private async Task<Result<string>> CheckCapabilitiesAsync(McpCaller owner, IReadOnlyList<string>? requested, CancellationToken ct)
    {
        var names = requested?.Select(c => c?.Trim() ?? "").ToList() ?? [];
        if (names.Count is 0 or > MaxCapabilities)
        {
            return Refusal.Invalid($"capabilities is required: 1 to {MaxCapabilities} skill ids ({string.Join(", ", ToolGroupInfo.All.Select(g => g.Id))}) or tool names");
        }

        var allowed = await gate.AllowedAsync(owner, ct).ConfigureAwait(false);
        foreach (var name in names)
        {
            if (ToolGroupInfo.ById(name) is not null)
            {
                continue;
            }

            if (!catalog.ByName.ContainsKey(name))
            {
                return Refusal.Invalid($"unknown capability '{name}': use skill ids ({string.Join(", ", ToolGroupInfo.All.Select(g => g.Id))}) or tool names");
            }

            if (!allowed.Any(t => t.Name == name))
            {
                return Refusal.Forbidden($"'{name}' is not among your tools, so it cannot be granted to an agent");
            }
        }

        return AgentCapabilities.Format(names);
    }

    private static AgentView View(A2AAgent agent, string keyPrefix, ApiKeyTier tier, int requests, DateTime? expiresAt) => new(
        agent.Id, agent.Name, agent.Description, agent.Contact, [.. AgentCapabilities.Parse(agent.Capabilities).Order(StringComparer.Ordinal)], keyPrefix,
        RoleNames.Of(tier), requests, agent.CreatedAt, expiresAt, agent.RevokedAt);

    private DateTime MonthStart() => Usage.QuotaMonth.StartOf(clock.GetUtcNow().UtcDateTime);

    private static (Guid? TenantId, Guid? UserId) Owner(ClaimsPrincipal principal) => (CallerTenant.Of(principal), AuthManager.UserId(principal));
}
