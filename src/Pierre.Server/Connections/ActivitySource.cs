using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Pierre.Fitness.Model;
using Pierre.Providers;

namespace Pierre.Server.Connections;

/// <summary>
/// Reads a connected provider's data as the Pierre.Fitness model, through HybridCache: providers are slow or
/// rate-limited, and concurrent identical reads share one provider call.
/// </summary>
internal sealed class ActivitySource(ProviderRegistry providers, HybridCache cache, IOptions<ProviderCacheOptions> options)
{
    private readonly HybridCacheEntryOptions _athlete = For(options.Value.Athlete);
    private readonly HybridCacheEntryOptions _activities = For(options.Value.Activities);
    private readonly HybridCacheEntryOptions _streams = For(options.Value.Streams);

    /// <summary>Every activity the provider has for the account, newest first.</summary>
    public Task<IReadOnlyList<Activity>> ActivitiesAsync(string provider, ProviderAccount account, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Activities(provider, account), _activities,
            (source, token) => ReadHistoryAsync(source, account, token), ct);

    /// <summary>The streams of an activity already read from <paramref name="provider"/>, or null when it recorded none.</summary>
    public Task<ActivityStreams?> StreamsAsync(string provider, ProviderAccount account, Activity activity, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Streams(provider, account, activity.Id), _streams,
            (source, token) => source.GetStreamsAsync(account, activity, token), ct);

    public Task<Athlete> AthleteAsync(string provider, ProviderAccount account, CancellationToken ct) =>
        ReadAsync(provider, account, ProviderCacheKeys.Athlete(provider, account), _athlete,
            (source, token) => source.GetAthleteAsync(account, token), ct);

    private static HybridCacheEntryOptions For(TimeSpan ttl) => new() { Expiration = ttl, LocalCacheExpiration = ttl };

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

    /// <summary>Reads the full history page by page; read-only so callers cannot change what the cache holds.</summary>
    private static async Task<IReadOnlyList<Activity>> ReadHistoryAsync(IFitnessProvider source, ProviderAccount account, CancellationToken ct)
    {
        var activities = new List<Activity>();
        for (var page = 1; ; page++)
        {
            var next = await source.GetActivitiesAsync(account, new ActivityQuery(Page: page), ct).ConfigureAwait(false);
            activities.AddRange(next);
            if (next.Count < ActivityQuery.MaxPerPage)
            {
                return activities.AsReadOnly();
            }
        }
    }
}
