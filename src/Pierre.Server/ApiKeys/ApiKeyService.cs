using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;

namespace Pierre.Server.ApiKeys;

/// <summary>A user's API keys. The full key exists only in the creation response; the database keeps its SHA-256.</summary>
internal sealed class ApiKeyService(PierreDbContext db, LiveCredentials live, ServerConfig config, TimeProvider clock)
{
    public async Task<Results<Created<CreatedApiKey>, ProblemHttpResult>> CreateAsync(
        ClaimsPrincipal caller, CreateApiKeyRequest request, CancellationToken ct)
    {
        if (!(await AddAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var issued, out var refusal))
        {
            return refusal.ToProblem();
        }

        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return TypedResults.Created($"/api/keys/{issued.View.Id}", issued.View);
    }

    /// <summary>
    /// A new key for the calling user, added to the unit of work but not saved, so that a caller (an A2A agent's
    /// registration) can save it with what it belongs to. Its tier is at most what the tenant's plan allows.
    /// </summary>
    public async Task<Result<IssuedApiKey>> AddAsync(ClaimsPrincipal caller, CreateApiKeyRequest request, CancellationToken ct)
    {
        if (AuthManager.UserId(caller) is not { } userId)
        {
            return Refusal.Forbidden("API keys belong to users; sign in as a user to create one");
        }

        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return Refusal.Invalid("name is required (at most 200 characters)");
        }

        if (request.ExpiresInDays is < 1 or > 3650)
        {
            return Refusal.Invalid("expires_in_days must be between 1 and 3650");
        }

        var user = await db.Users.SingleAsync(u => u.Id == userId, ct).ConfigureAwait(false);
        var plan = await db.Tenants.Where(t => t.Id == user.TenantId).Select(t => t.Plan).SingleAsync(ct).ConfigureAwait(false);
        var maxTier = TierPolicy.ForPlan(plan);
        ApiKeyTier tier;
        if (request.Tier is null)
        {
            tier = maxTier;
        }
        else if (!Enum.TryParse(request.Tier, ignoreCase: true, out tier) || !Enum.IsDefined(tier) || int.TryParse(request.Tier, out _))
        {
            return Refusal.Invalid("tier must be one of trial, starter, professional, enterprise");
        }
        else if (tier > maxTier)
        {
            return Refusal.Forbidden($"the tenant's {RoleNames.Of(plan)} plan allows API keys up to the {RoleNames.Of(maxTier)} tier");
        }

        var policy = config.Tiers.For(tier);
        var now = clock.GetUtcNow().UtcDateTime;
        var lifetime = request.ExpiresInDays is { } days ? TimeSpan.FromDays(days) : (TimeSpan?)null;
        if (policy.MaxLifetime is { } max && (lifetime is null || lifetime > max))
        {
            lifetime = max;
        }

        var (key, prefix) = ApiKeyFormat.New(tier);
        var apiKey = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            TenantId = user.TenantId,
            UserId = user.Id,
            Name = name,
            KeyHash = Security.SecretTokens.Hash(key),
            KeyPrefix = prefix,
            Tier = tier,
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        db.ApiKeys.Add(apiKey);
        db.Record(caller, "api_key.created", user.TenantId, "api_key", apiKey.Id.ToString(), now, $"tier={RoleNames.Of(tier)}");
        return new IssuedApiKey(apiKey, new CreatedApiKey(apiKey.Id, name, key, prefix, RoleNames.Of(tier), policy.MonthlyLimit, apiKey.ExpiresAt));
    }

    /// <summary>The user's keys, each with the tier it acts with: its own, capped at the tenant's current plan.</summary>
    public async Task<List<ApiKeyView>> ListAsync(Guid tenantId, Guid userId, CancellationToken ct)
    {
        var plan = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Plan).SingleAsync(ct).ConfigureAwait(false);
        var keys = await db.ApiKeys.AsNoTracking()
            .Where(k => k.TenantId == tenantId && k.UserId == userId)
            .OrderBy(k => k.CreatedAt)
            .ToListAsync(ct).ConfigureAwait(false);
        return [.. keys.Select(k =>
        {
            var tier = TierPolicy.Cap(k.Tier, plan);
            return new ApiKeyView(k.Id, k.Name, k.KeyPrefix, RoleNames.Of(tier), config.Tiers.For(tier).MonthlyLimit, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt);
        })];
    }

    public async Task<Refusal?> RevokeAsync(ClaimsPrincipal caller, Guid keyId, CancellationToken ct)
    {
        var userId = AuthManager.UserId(caller);
        var tenantId = CallerTenant.Of(caller);
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.TenantId == tenantId && k.UserId == userId, ct).ConfigureAwait(false);
        if (key is null)
        {
            return Refusal.NotFound("API key");
        }

        if (key.RevokedAt is null)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            key.RevokedAt = now;
            db.Record(caller, "api_key.revoked", key.TenantId, "api_key", key.Id.ToString(), now);
            // An A2A agent's key is the agent: revoking it here revokes the agent as DELETE /a2a/clients/{id} does.
            var agent = await db.A2AAgents.SingleOrDefaultAsync(a => a.ApiKeyId == key.Id && a.RevokedAt == null, ct).ConfigureAwait(false);
            if (agent is not null)
            {
                agent.RevokedAt = now;
                db.Record(caller, "a2a_agent.revoked", agent.TenantId, "a2a_agent", agent.Id.ToString(), now);
            }

            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            live.ApiKeyChanged(key.Id, key.KeyHash);
            if (agent is not null)
            {
                live.AgentChanged(agent.Id);
            }
        }

        return null;
    }
}
