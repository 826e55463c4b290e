using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Realtime;

namespace Pierre.Server.Connections;

/// <summary>
/// Reads a connected provider's data as the Pierre.Fitness model, through HybridCache: providers are slow or
/// rate-limited, and concurrent identical reads share one provider call.
/// </summary>
internal sealed class ActivitySource(ProviderRegistry providers, HybridCache cache, IOptions<ProviderCacheOptions> options, UserEventHub events, TimeProvider clock)
{
    // Reads what is cached without calling the provider or writing anything: a miss comes back as null.
    private static readonly HybridCacheEntryOptions Peek = new()
    {
        Flags = HybridCacheEntryFlags.DisableUnderlyingData | HybridCacheEntryFlags.DisableLocalCacheWrite | HybridCacheEntryFlags.DisableDistributedCacheWrite,
    };

    private readonly HybridCacheEntryOptions _athlete = For(options.Value.Athlete);
    private readonly HybridCacheEntryOptions _activities = For(options.Value.Activities);
    private readonly HybridCacheEntryOptions _activity = For(options.Value.Activity);
    private readonly HybridCacheEntryOptions _streams = For(options.Value.Streams);
    private readonly HybridCacheEntryOptions _history = For(options.Value.History);
    private readonly HybridCacheEntryOptions _sleep = For(options.Value.Sleep);

    /// <summary>Every activity the provider has for the account, newest first.</summary>
    public Task<IReadOnlyList<Activity>> ActivitiesAsync(string provider, ProviderAccount account, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Activities(provider, account), _activities,
            (source, token) => ReadPagesAsync(provider, source, account, after: null, token), ct);

    /// <summary>
    /// The activities that started after <paramref name="since"/>, newest first, without reading older history. What is
    /// cached serves first: the full history when it is cached, else the widest window read for the account when it
    /// starts no later. Otherwise the provider is asked for everything since midnight UTC of that day (so calls through
    /// the day share one read), which becomes the widest window when it starts earlier than the one recorded. A window
    /// wider than the cached one is read whole, not pieced together from the difference.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> WindowAsync(string provider, ProviderAccount account, DateTimeOffset since, CancellationToken ct)
    {
        var firstDay = DateOnly.FromDateTime(since.UtcDateTime);
        var covering = await CachedCoverAsync(provider, account, firstDay, ct).ConfigureAwait(false)
            ?? await ReadWindowAsync(provider, account, firstDay, ct).ConfigureAwait(false);
        return [.. covering.Where(a => a.StartTime > since)];
    }

    /// <summary>
    /// Every activity, for claims about all of it (totals, personal bests "on record"), at the cost of one full read a
    /// <see cref="ProviderCacheOptions.History"/>: the activities after <paramref name="freshSince"/> come from a window
    /// read (fresh), the older ones from a full read kept that long, since old activities rarely change. Newest first.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> HistoryAsync(string provider, ProviderAccount account, DateTimeOffset freshSince, CancellationToken ct)
    {
        var recent = await WindowAsync(provider, account, freshSince, ct).ConfigureAwait(false);
        // A full read cached for the activity list is fresher still, and spares the provider a second one.
        var older = (await PeekAsync<IReadOnlyList<Activity>>(ProviderCacheKeys.Activities(provider, account), ct).ConfigureAwait(false))?.Value
            ?? await ReadAsync(provider, account, ProviderCacheKeys.History(provider, account), _history,
                (source, token) => ReadPagesAsync(provider, source, account, after: null, token), ct).ConfigureAwait(false);
        return [.. recent, .. older.Where(a => a.StartTime <= freshSince)];
    }

    /// <summary>One activity by its provider id, or null when the account has none (remembered as well).</summary>
    public Task<Activity?> ActivityAsync(string provider, ProviderAccount account, string activityId, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Activity(provider, account, activityId), _activity,
            (source, token) => source.GetActivityAsync(account, activityId, token), ct);

    /// <summary>The streams of an activity already read from <paramref name="provider"/>, or null when it recorded none.</summary>
    public Task<ActivityStreams?> StreamsAsync(string provider, ProviderAccount account, Activity activity, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Streams(provider, account, activity.Id), _streams,
            (source, token) => source.GetStreamsAsync(account, activity, token), ct);

    /// <summary>The sleep sessions that ended on the days given, newest first, from a provider that records sleep.</summary>
    public Task<IReadOnlyList<SleepSession>> SleepAsync(string provider, ProviderAccount account, DateOnly firstDay, DateOnly lastDay, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Sleep(provider, account, firstDay, lastDay), _sleep,
            (source, token) => source is ISleepSource sleep
                ? sleep.GetSleepAsync(account, firstDay, lastDay, token)
                : throw new InvalidOperationException($"{provider} records no sleep"), ct);

    public Task<Athlete> AthleteAsync(string provider, ProviderAccount account, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Athlete(provider, account), _athlete,
            (source, token) => source.GetAthleteAsync(account, token), ct);

    private static HybridCacheEntryOptions For(TimeSpan ttl) => new() { Expiration = ttl, LocalCacheExpiration = ttl };

    private async Task<IReadOnlyList<Activity>?> CachedCoverAsync(string provider, ProviderAccount account, DateOnly firstDay, CancellationToken ct)
    {
        if (await PeekAsync<IReadOnlyList<Activity>>(ProviderCacheKeys.Activities(provider, account), ct).ConfigureAwait(false) is { } history)
        {
            return history.Value;
        }

        return await PeekAsync<DateOnly>(ProviderCacheKeys.WidestWindow(provider, account), ct).ConfigureAwait(false) is { } widest && widest.Value <= firstDay
            ? (await PeekAsync<IReadOnlyList<Activity>>(ProviderCacheKeys.Window(provider, account, widest.Value), ct).ConfigureAwait(false))?.Value
            : null;
    }

    private async Task<IReadOnlyList<Activity>> ReadWindowAsync(string provider, ProviderAccount account, DateOnly firstDay, CancellationToken ct)
    {
        var after = new DateTimeOffset(firstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var window = await ReadAsync(provider, account, ProviderCacheKeys.Window(provider, account, firstDay), _activities,
            (source, token) => ReadPagesAsync(provider, source, account, after, token), ct).ConfigureAwait(false);
        var widestKey = ProviderCacheKeys.WidestWindow(provider, account);
        if (await PeekAsync<DateOnly>(widestKey, ct).ConfigureAwait(false) is not { } widest || firstDay < widest.Value)
        {
            // Written after the window with the same lifetime, so it never outlives the window by more than this call.
            await cache.SetAsync(widestKey, new CachedRead<DateOnly>(firstDay), _activities, [ProviderCacheKeys.Tag(provider, account)], ct)
                .ConfigureAwait(false);
        }

        return window;
    }

    private ValueTask<CachedRead<T>?> PeekAsync<T>(string key, CancellationToken ct) =>
        cache.GetOrCreateAsync<CachedRead<T>?>(key, static _ => ValueTask.FromResult<CachedRead<T>?>(null), Peek, cancellationToken: ct);

    private async Task<T> ReadAsync<T>(
        string provider, ProviderAccount account, string key, HybridCacheEntryOptions entry,
        Func<IFitnessProvider, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        // Resolved outside the factory so an unknown provider fails the same way, and nothing is cached for it.
        var source = providers.Get(provider);
        var cached = await cache.GetOrCreateAsync(
            key,
            (source, read),
            static async (state, token) => new CachedRead<T>(await state.read(state.source, token).ConfigureAwait(false)),
            entry,
            [ProviderCacheKeys.Tag(provider, account)],
            ct).ConfigureAwait(false);
        return cached.Value;
    }

    /// <summary>
    /// Reads page by page until a short page; read-only so callers cannot change what the cache holds. The user's live
    /// sockets hear that a sync finished: only here does Pierre read activities from the provider rather than its cache.
    /// </summary>
    private async Task<IReadOnlyList<Activity>> ReadPagesAsync(
        string provider, IFitnessProvider source, ProviderAccount account, DateTimeOffset? after, CancellationToken ct)
    {
        var activities = new List<Activity>();
        for (var page = 1; ; page++)
        {
            var next = await source.GetActivitiesAsync(account, new ActivityQuery(After: after, Page: page), ct).ConfigureAwait(false);
            activities.AddRange(next);
            if (next.Count < ActivityQuery.MaxPerPage)
            {
                events.Publish(account.TenantId, account.UserId, (provider, activities.Count, clock.GetUtcNow()), SyncEvent.Finished);
                return activities.AsReadOnly();
            }
        }
    }
}
