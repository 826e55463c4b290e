using System.Globalization;
using Microsoft.Extensions.Options;
using Pierre.Fitness.Model;
using Pierre.Providers.Http;
using Pierre.Providers.OAuth;
using Pierre.Providers.RateLimits;

namespace Pierre.Providers.Strava;

/// <summary>
/// Strava's API v3 as a provider: the athlete, their activities and an activity's streams, read with the user's token
/// through <see cref="ProviderApi"/> against the application-wide rate budget Strava enforces.
/// </summary>
internal sealed class StravaProvider(
    IHttpClientFactory httpClients,
    IAccessTokenSource tokens,
    IRateBudget budget,
    ProviderHealth health,
    TimeProvider clock,
    IOptions<StravaOptions> options) : IFitnessProvider
{
    public const string ProviderName = "strava";

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.Streams | ProviderCapabilities.HeartRate | ProviderCapabilities.Power;

    public ConnectMode ConnectMode => ConnectMode.OAuth;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.ClientId);

    public async Task<Athlete> GetAthleteAsync(ProviderAccount account, CancellationToken cancellationToken)
    {
        var athlete = await GetAsync<StravaAthleteDto>(account, "athlete", cancellationToken).ConfigureAwait(false);
        return StravaMapping.ToAthlete(athlete);
    }

    public async Task<IReadOnlyList<Activity>> GetActivitiesAsync(ProviderAccount account, ActivityQuery query, CancellationToken cancellationToken)
    {
        var page = await GetAsync<List<StravaActivityDto>>(account, ActivitiesPath(query), cancellationToken).ConfigureAwait(false);
        return [.. page.Select(StravaMapping.ToActivity).OrderByDescending(a => a.StartTime)];
    }

    public async Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(activityId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        try
        {
            var activity = await GetAsync<StravaActivityDto>(account, $"activities/{id}", cancellationToken).ConfigureAwait(false);
            return StravaMapping.ToActivity(activity);
        }
        catch (ProviderException e) when (e.Failure == ProviderFailure.NotFound)
        {
            return null;
        }
    }

    public async Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken)
    {
        if (!long.TryParse(activity.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        try
        {
            var path = $"activities/{id}/streams?keys={StravaStreams.Keys}&key_by_type=true";
            var streams = await GetAsync<Dictionary<string, StravaStreamDto>>(account, path, cancellationToken).ConfigureAwait(false);
            return StravaStreams.ToStreams(activity.Id, streams);
        }
        catch (ProviderException e) when (e.Failure == ProviderFailure.NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Strava lists activities oldest first when only <c>after</c> is given; an explicit <c>before</c> (a day from now)
    /// keeps its pages newest first, as <see cref="IFitnessProvider"/> promises. Times go in whole epoch seconds,
    /// rounded so that the strict bounds still hold for Strava's whole-second start times.
    /// </summary>
    private string ActivitiesPath(ActivityQuery query)
    {
        var before = query.Before ?? (query.After is null ? null : clock.GetUtcNow().AddDays(1));
        var parts = new List<string>(4);
        if (before is { } b)
        {
            parts.Add(FormattableString.Invariant($"before={(long)Math.Ceiling(b.ToUnixTimeMilliseconds() / 1000.0)}"));
        }

        if (query.After is { } a)
        {
            parts.Add(FormattableString.Invariant($"after={a.ToUnixTimeSeconds()}"));
        }

        parts.Add(FormattableString.Invariant($"page={query.Page}"));
        parts.Add(FormattableString.Invariant($"per_page={query.PerPage}"));
        return "athlete/activities?" + string.Join('&', parts);
    }

    private Task<T> GetAsync<T>(ProviderAccount account, string pathAndQuery, CancellationToken ct)
    {
        var api = new ProviderApi(httpClients.CreateClient(ProviderName), tokens, budget, health, clock);
        var request = new ProviderRequest(ProviderName, account, pathAndQuery, RateScope.App, StravaRateLimits.Read);
        return api.GetAsync<T>(request, StravaJson.Options, ct);
    }
}
