using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Auth;

/// <summary>
/// The live state behind a credential: the account's status, role and tenant, an API key's revocation and expiry, and
/// whether a sign-in session (a refresh family) was ended. Each answer is cached for <see cref="Lifetime"/>, so a
/// long-lived connection re-checks on every call without a query per call, and a change made on another replica is
/// seen within that delay. Changes made by this process evict the entry, so they take effect here at once.
/// </summary>
internal sealed class LiveCredentials(ScopedDb scoped, IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private PierreDbContext Db => scoped.Context;

    public Task<AccountState?> AccountAsync(Guid userId, CancellationToken ct) =>
        CachedAsync(("account", userId), () => Db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Join(Db.Tenants, u => u.TenantId, t => t.Id, (u, t) => new AccountState(u.Status, u.Role, u.TenantId, t.Plan))
            .SingleOrDefaultAsync(ct));

    public Task<ApiKeyState?> ApiKeyAsync(Guid keyId, CancellationToken ct) =>
        CachedAsync(("api_key", keyId), () => Db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId)
            .Select(k => new ApiKeyState(k.UserId, k.RevokedAt, k.ExpiresAt))
            .SingleOrDefaultAsync(ct));

    public Task<AgentState?> AgentAsync(Guid agentId, CancellationToken ct) =>
        CachedAsync(("agent", agentId), async () => await Db.A2AAgents.AsNoTracking().Where(a => a.Id == agentId)
            .Select(a => new { a.UserId, a.Capabilities, a.RevokedAt })
            .SingleOrDefaultAsync(ct).ConfigureAwait(false) is { } a
                ? new AgentState(a.UserId, AgentCapabilities.Parse(a.Capabilities), a.RevokedAt)
                : null);

    /// <summary>
    /// The key stored under a presented secret's SHA-256. A miss is not cached: a guessed key must not take memory, and
    /// a key created a moment ago must work at once.
    /// </summary>
    public async Task<StoredApiKey?> ApiKeyByHashAsync(string hash, CancellationToken ct)
    {
        if (cache.TryGetValue(("api_key_hash", hash), out StoredApiKey? known))
        {
            return known;
        }

        var stored = await Db.ApiKeys.AsNoTracking().Where(k => k.KeyHash == hash)
            .Select(k => new StoredApiKey(
                k.Id, k.UserId, k.Tier, k.KeyHash, k.RevokedAt, k.ExpiresAt, Db.A2AAgents.Where(a => a.ApiKeyId == k.Id).Select(a => (Guid?)a.Id).FirstOrDefault()))
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (stored is not null)
        {
            cache.Set(("api_key_hash", hash), stored, Lifetime);
        }

        return stored;
    }

    /// <summary>
    /// The principal a live key stands for, built by <paramref name="build"/> once per key, account state and scheme
    /// rather than on every request. It is rebuilt as soon as either state is read again (after a change here, or after
    /// <see cref="Lifetime"/>), so it never outlives what it was made from. Requests with the same key share it: nothing
    /// may add to or remove from its claims.
    /// </summary>
    public ClaimsPrincipal ApiKeyPrincipal(
        StoredApiKey key, AccountState account, string authenticationType, Func<StoredApiKey, AccountState, string, ClaimsPrincipal> build)
    {
        if (cache.TryGetValue(("api_key_principal", key.Id), out KeyPrincipal? known) && known is not null
            && ReferenceEquals(known.Key, key) && ReferenceEquals(known.Account, account) && known.AuthenticationType == authenticationType)
        {
            return known.Principal;
        }

        var principal = build(key, account, authenticationType);
        cache.Set(("api_key_principal", key.Id), new KeyPrincipal(key, account, authenticationType, principal), Lifetime);
        return principal;
    }

    public async Task<bool> SessionEndedAsync(Guid familyId, CancellationToken ct) =>
        await CachedAsync(("session", familyId), async () => (SessionState?)new SessionState(
                await Db.RefreshTokens.AnyAsync(t => t.FamilyId == familyId && t.RevokedAt != null, ct).ConfigureAwait(false)))
            .ConfigureAwait(false) is { Ended: true };

    /// <summary>This process just ended these sessions: refuse their access tokens here from now on.</summary>
    public void SessionsEnded(IEnumerable<Guid> familyIds)
    {
        foreach (var family in familyIds)
        {
            cache.Set(("session", family), new SessionState(true), Lifetime);
        }
    }

    public void AccountChanged(Guid userId) => cache.Remove(("account", userId));

    public void AgentChanged(Guid agentId) => cache.Remove(("agent", agentId));

    public void ApiKeyChanged(Guid keyId, string keyHash)
    {
        cache.Remove(("api_key", keyId));
        cache.Remove(("api_key_hash", keyHash));
    }

    private async Task<T?> CachedAsync<T>((string Kind, Guid Id) key, Func<Task<T?>> read)
        where T : class
    {
        if (cache.TryGetValue(key, out T? known))
        {
            return known;
        }

        var value = await read().ConfigureAwait(false);
        cache.Set(key, value, Lifetime);
        return value;
    }

    private sealed record SessionState(bool Ended);

    private sealed record KeyPrincipal(StoredApiKey Key, AccountState Account, string AuthenticationType, ClaimsPrincipal Principal);
}

internal sealed record AccountState(UserStatus Status, UserRole Role, Guid TenantId, TenantPlan Plan);

internal sealed record ApiKeyState(Guid UserId, DateTime? RevokedAt, DateTime? ExpiresAt);

internal sealed record StoredApiKey(Guid Id, Guid UserId, ApiKeyTier Tier, string KeyHash, DateTime? RevokedAt, DateTime? ExpiresAt, Guid? AgentId);

/// <summary>An A2A agent's owner, what it may call (tool group ids and tool names) and whether it was revoked.</summary>
internal sealed record AgentState(Guid UserId, IReadOnlySet<string> Capabilities, DateTime? RevokedAt);
