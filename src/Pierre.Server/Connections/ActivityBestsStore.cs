using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Connections;

/// <summary>
/// The best efforts of a user's activities, computed once from the streams and stored. A singleton, as the estimators
/// that use it are, so each call takes its own database scope.
/// </summary>
internal sealed class ActivityBestsStore(
    IServiceScopeFactory scopes, ActivitySource source, IAccountLock locks, TimeProvider clock, IOptions<ActivityBestsOptions> options)
{
    /// <summary>
    /// The stored bests of <paramref name="activities"/> (in their order), computing the missing ones first in the order
    /// given, at most <see cref="ActivityBestsOptions.MaxStreamReadsPerCall"/> of them (or <paramref name="maxStreamReads"/>,
    /// 0 to read only what is stored); the coverage says how many are known.
    /// </summary>
    public async Task<BestsCoverage> ForActivitiesAsync(
        string provider, ProviderAccount account, IReadOnlyList<Activity> activities, CancellationToken ct, int? maxStreamReads = null)
    {
        var distinct = activities.DistinctBy(a => a.Id).ToList();
        var ids = distinct.Select(a => a.Id).ToList();
        // One computation at a time per account, so concurrent estimates do not fetch and store the same activity twice.
        using var held = await locks.AcquireAsync($"bests:{account.TenantId:N}:{account.UserId:N}:{provider}", ct).ConfigureAwait(false);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PierreDbContext>();
        var known = await db.ActivityBests.AsNoTracking()
            .Where(b => b.TenantId == account.TenantId && b.UserId == account.UserId && b.Provider == provider && ids.Contains(b.ActivityId))
            .ToDictionaryAsync(b => b.ActivityId, ct).ConfigureAwait(false);

        foreach (var activity in distinct.Where(a => !known.ContainsKey(a.Id)).Take(Math.Min(maxStreamReads ?? int.MaxValue, options.Value.MaxStreamReadsPerCall)).ToList())
        {
            var streams = await source.StreamsAsync(provider, account, activity, ct).ConfigureAwait(false);
            var bests = ActivityBestsCalculator.From(provider, account, activity, streams, clock.GetUtcNow().UtcDateTime);
            await SaveAsync(db, bests, ct).ConfigureAwait(false);
            known[activity.Id] = bests;
        }

        return new BestsCoverage([.. distinct.Where(a => known.ContainsKey(a.Id)).Select(a => known[a.Id])], distinct.Count);
    }

    /// <summary>The bests already stored for the user's activities from <paramref name="provider"/> started since <paramref name="since"/> (UTC); reads no streams.</summary>
    public async Task<IReadOnlyList<ActivityBests>> StoredSinceAsync(string provider, ProviderAccount account, DateTime since, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PierreDbContext>();
        return await db.ActivityBests.AsNoTracking()
            .Where(b => b.TenantId == account.TenantId && b.UserId == account.UserId && b.Provider == provider && b.StartTime >= since)
            .ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Deletes every stored best of the user from <paramref name="provider"/> (on disconnect).</summary>
    public static Task<int> DeleteAsync(PierreDbContext db, Guid tenantId, Guid userId, string provider, CancellationToken ct) =>
        db.ActivityBests.Where(b => b.TenantId == tenantId && b.UserId == userId && b.Provider == provider).ExecuteDeleteAsync(ct);

    private static async Task SaveAsync(PierreDbContext db, ActivityBests bests, CancellationToken ct)
    {
        db.ActivityBests.Add(bests);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another replica stored the same activity first; it computed the same figures from the same streams.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
