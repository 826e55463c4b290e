using Pierre.Fitness.Model;
using Pierre.Providers;

namespace Pierre.Server.Connections;

/// <summary>Reads a connected provider's data as the Pierre.Fitness model.</summary>
internal sealed class ActivitySource(ProviderRegistry providers)
{
    /// <summary>Every activity the provider has for the account, newest first, read page by page.</summary>
    public async Task<IReadOnlyList<Activity>> ActivitiesAsync(string provider, ProviderAccount account, CancellationToken ct)
    {
        var source = providers.Get(provider);
        var activities = new List<Activity>();
        for (var page = 1; ; page++)
        {
            var next = await source.GetActivitiesAsync(account, new ActivityQuery(Page: page), ct).ConfigureAwait(false);
            activities.AddRange(next);
            if (next.Count < ActivityQuery.MaxPerPage)
            {
                return activities;
            }
        }
    }

    /// <summary>The streams of an activity already read from <paramref name="provider"/>, or null when it recorded none.</summary>
    public Task<ActivityStreams?> StreamsAsync(string provider, ProviderAccount account, Activity activity, CancellationToken ct) =>
        providers.Get(provider).GetStreamsAsync(account, activity, ct);

    public Task<Athlete> AthleteAsync(string provider, ProviderAccount account, CancellationToken ct) =>
        providers.Get(provider).GetAthleteAsync(account, ct);
}
