using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.Memory;
using Pierre.Fitness.Configuration;
using Pierre.Providers;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Realtime;

namespace Pierre.Server.Connections;

/// <summary>
/// A user's provider connections, always read and written within their tenant. Every data tool call asks which sources
/// the caller has, so that answer is kept in memory for <see cref="SourcesLifetime"/> and dropped by every change made
/// here; another replica sees a change within that time, as it does a revoked key.
/// </summary>
internal sealed class ConnectionService(ScopedDb scoped, HybridCache cache, IMemoryCache memory, TimeProvider clock, UserEventHub events)
{
    public static readonly TimeSpan SourcesLifetime = TimeSpan.FromSeconds(5);

    private PierreDbContext Db => scoped.Context;

    /// <summary>The user's connections (by provider name) and the default they chose, if any.</summary>
    public async Task<ConnectedSources> SourcesAsync(Guid tenantId, Guid userId, CancellationToken ct)
    {
        var key = SourcesKey(tenantId, userId);
        if (memory.TryGetValue(key, out ConnectedSources? known) && known is not null)
        {
            return known;
        }

        var connections = await Db.ProviderConnections.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.UserId == userId)
            .OrderBy(c => c.Provider)
            .ToListAsync(ct).ConfigureAwait(false);
        var chosen = connections.Count == 0 ? null : await Db.UserConfigurations.AsNoTracking()
            .Where(c => c.TenantId == tenantId && c.UserId == userId)
            .Select(c => c.DefaultProvider)
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var sources = new ConnectedSources(connections, chosen);
        memory.Set(key, sources, SourcesLifetime);
        return sources;
    }

    public Task<ProviderConnection?> FindAsync(Guid tenantId, Guid userId, string provider, CancellationToken ct) =>
        Db.ProviderConnections.AsNoTracking()
            .SingleOrDefaultAsync(c => c.TenantId == tenantId && c.UserId == userId && c.Provider == provider, ct);

    /// <summary>Connects <paramref name="provider"/>; returns false when it already was (nothing changes).</summary>
    public async Task<bool> ConnectAsync(Guid tenantId, Guid userId, string provider, CancellationToken ct)
    {
        if (await FindAsync(tenantId, userId, provider, ct).ConfigureAwait(false) is not null)
        {
            return false;
        }

        Db.ProviderConnections.Add(new ProviderConnection
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            UserId = userId,
            Provider = provider,
            ProviderUserId = $"{provider}-{userId:N}"[..Math.Min(provider.Length + 33, 128)],
            ConnectedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await Db.SaveChangesAsync(ct).ConfigureAwait(false);
            Forget(tenantId, userId);
            events.Publish(tenantId, userId, (provider, clock.GetUtcNow()), ProviderEvent.Connected);
            return true;
        }
        catch (DbUpdateException)
        {
            // A concurrent connect won the race; the user is connected either way.
            Db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>Stores the user's default provider (null: let Pierre pick again).</summary>
    public async Task SetDefaultProviderAsync(Guid tenantId, Guid userId, string? provider, CancellationToken ct)
    {
        var row = await Db.UserConfigurations.SingleOrDefaultAsync(c => c.TenantId == tenantId && c.UserId == userId, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new UserConfiguration { TenantId = tenantId, UserId = userId, Profile = TrainingProfiles.Default.Name, OverridesJson = "{}" };
            Db.UserConfigurations.Add(row);
        }

        row.DefaultProvider = provider;
        await Db.SaveChangesAsync(ct).ConfigureAwait(false);
        Forget(tenantId, userId);
    }

    /// <summary>Records an OAuth connection (or renews it on reconnect) with the provider's user id and the granted scopes.</summary>
    public async Task UpsertAsync(ProviderAccount account, string provider, string? providerUserId, string scopes, CancellationToken ct)
    {
        var row = await Db.ProviderConnections
            .SingleOrDefaultAsync(c => c.TenantId == account.TenantId && c.UserId == account.UserId && c.Provider == provider, ct).ConfigureAwait(false);
        if (row is null)
        {
            row = new ProviderConnection { Id = Guid.CreateVersion7(), TenantId = account.TenantId, UserId = account.UserId, Provider = provider };
            Db.ProviderConnections.Add(row);
        }

        row.ProviderUserId = providerUserId?[..Math.Min(providerUserId.Length, 128)];
        row.Scopes = scopes;
        row.ConnectedAt = clock.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(ct).ConfigureAwait(false);
        Forget(account.TenantId, account.UserId);
        await cache.RemoveByTagAsync(ProviderCacheKeys.Tag(provider, account), ct).ConfigureAwait(false);
        events.Publish(account.TenantId, account.UserId, (provider, clock.GetUtcNow()), ProviderEvent.Connected);
    }

    /// <summary>
    /// Removes the connection, its stored tokens, the bests derived from it and everything cached from the provider for
    /// the user (so a reconnect reads afresh); returns false when there was no connection.
    /// </summary>
    public async Task<bool> DisconnectAsync(Guid tenantId, Guid userId, string provider, CancellationToken ct)
    {
        await Db.ProviderTokens.Where(t => t.TenantId == tenantId && t.UserId == userId && t.Provider == provider)
            .ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var removed = await Db.ProviderConnections.Where(c => c.TenantId == tenantId && c.UserId == userId && c.Provider == provider)
            .ExecuteDeleteAsync(ct).ConfigureAwait(false) > 0;
        await ActivityBestsStore.DeleteAsync(Db, tenantId, userId, provider, ct).ConfigureAwait(false);
        await Db.UserConfigurations.Where(c => c.TenantId == tenantId && c.UserId == userId && c.DefaultProvider == provider)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.DefaultProvider, (string?)null), ct).ConfigureAwait(false);
        Forget(tenantId, userId);
        await cache.RemoveByTagAsync(ProviderCacheKeys.Tag(provider, new ProviderAccount(tenantId, userId)), ct).ConfigureAwait(false);
        if (removed)
        {
            events.Publish(tenantId, userId, (provider, clock.GetUtcNow()), ProviderEvent.Disconnected);
        }

        return removed;
    }

    private void Forget(Guid tenantId, Guid userId) => memory.Remove(SourcesKey(tenantId, userId));

    private static string SourcesKey(Guid tenantId, Guid userId) => $"sources:{tenantId:N}:{userId:N}";
}
