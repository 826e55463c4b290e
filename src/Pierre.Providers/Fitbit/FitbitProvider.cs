using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using Pierre.Fitness.Model;
using Pierre.Providers.Http;
using Pierre.Providers.OAuth;
using Pierre.Providers.RateLimits;

namespace Pierre.Providers.Fitbit;

/// <summary>
/// Fitbit's Web API as a provider: profile, activity logs, intraday heart rate as streams, and sleep. Every read goes
/// through <see cref="ProviderApi"/> with the user's token and spends the user's hourly budget (150 requests).
/// </summary>
internal sealed class FitbitProvider(
    IHttpClientFactory httpClients,
    IAccessTokenSource tokens,
    IRateBudget budget,
    ProviderHealth health,
    TimeProvider clock,
    IOptions<FitbitOptions> options) : IFitnessProvider, ISleepSource
{
    public const string ProviderName = "fitbit";

    /// <summary>Fitbit's largest activity-list page.</summary>
    public const int FitbitPageSize = 100;

    /// <summary>How many list pages (of 100 logs, newest first) <see cref="GetActivityAsync"/> searches for an id.</summary>
    public const int ActivitySearchPages = 5;

    private const string ProfilePath = "1/user/-/profile.json";

    public string Name => ProviderName;

    public ProviderCapabilities Capabilities => ProviderCapabilities.HeartRate | ProviderCapabilities.Sleep | ProviderCapabilities.Streams;

    public ConnectMode ConnectMode => ConnectMode.OAuth;

    public bool IsConfigured => options.Value.IsConfigured;

    public async Task<Athlete> GetAthleteAsync(ProviderAccount account, CancellationToken cancellationToken) =>
        FitbitAthletes.ToAthlete(await ProfileAsync(account, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// Fitbit's list can only be walked from one date with its <c>pagination.next</c> links, 100 logs at a time, so
    /// page n is found by reading the newest logs before <see cref="ActivityQuery.Before"/> until n pages of matches
    /// are collected, stopping at the first log not after <see cref="ActivityQuery.After"/>. Dates go to Fitbit in
    /// the user's local calendar, so the request starts a day late and the exact bounds are applied here.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> GetActivitiesAsync(ProviderAccount account, ActivityQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var wanted = query.Page * query.PerPage;
        var found = new List<Activity>();
        await foreach (var log in LogsNewestFirstAsync(account, query.Before, int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            var activity = FitbitActivities.ToActivity(log);
            if (query.Before is { } before && activity.StartTime >= before)
            {
                continue;
            }

            if (query.After is { } after && activity.StartTime <= after)
            {
                break;
            }

            found.Add(activity);
            if (found.Count >= wanted)
            {
                break;
            }
        }

        return [.. found.Skip((query.Page - 1) * query.PerPage)];
    }

    /// <summary>
    /// Fitbit documents no single-log GET, so the id is looked for in the newest <see cref="ActivitySearchPages"/>
    /// pages of the list (500 logs; a few requests of the hourly 150); an older log reads as missing.
    /// </summary>
    public async Task<Activity?> GetActivityAsync(ProviderAccount account, string activityId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(activityId, NumberStyles.None, CultureInfo.InvariantCulture, out var logId))
        {
            return null;
        }

        await foreach (var log in LogsNewestFirstAsync(account, null, ActivitySearchPages, cancellationToken).ConfigureAwait(false))
        {
            if (log.LogId == logId)
            {
                return FitbitActivities.ToActivity(log);
            }
        }

        return null;
    }

    /// <summary>
    /// The intraday heart rate over the activity's local start to end minute (cut at midnight: the 1d series covers
    /// one day). Null when Fitbit refuses it (403: the heartrate scope was not granted, or the app has no intraday
    /// access) or recorded nothing then.
    /// </summary>
    public async Task<ActivityStreams?> GetStreamsAsync(ProviderAccount account, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var start = activity.StartTime;
        var end = start.AddSeconds(activity.ElapsedSeconds ?? activity.DurationSeconds);
        var last = end.Date == start.Date ? end.ToString("HH:mm", CultureInfo.InvariantCulture) : "23:59";
        var path = string.Create(CultureInfo.InvariantCulture, $"1/user/-/activities/heart/date/{start:yyyy-MM-dd}/1d/1sec/time/{start:HH:mm}/{last}.json");
        try
        {
            var series = await GetAsync<FitbitHeartIntraday>(account, path, cancellationToken).ConfigureAwait(false);
            return FitbitHeartStreams.Of(activity, series.Intraday?.Dataset ?? []);
        }
        catch (ProviderException e) when (e.InnerException is HttpRequestException { StatusCode: HttpStatusCode.Forbidden })
        {
            return null;
        }
    }

    /// <summary>
    /// Sleep in ranges of at most 100 days (Fitbit's limit), newest range first. Fitbit's times carry no offset, so
    /// the profile is read once for the user's time zone.
    /// </summary>
    public async Task<IReadOnlyList<SleepSession>> GetSleepAsync(ProviderAccount account, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        var zone = FitbitSleep.ZoneOf(await ProfileAsync(account, cancellationToken).ConfigureAwait(false));
        var sessions = new List<SleepSession>();
        for (var end = lastDay; end >= firstDay; end = end.AddDays(-FitbitSleep.MaxRangeDays))
        {
            var start = end.AddDays(-FitbitSleep.MaxRangeDays + 1) is var s && s > firstDay ? s : firstDay;
            var path = string.Create(CultureInfo.InvariantCulture, $"1.2/user/-/sleep/date/{start:yyyy-MM-dd}/{end:yyyy-MM-dd}.json");
            var logs = await GetAsync<FitbitSleepResponse>(account, path, cancellationToken).ConfigureAwait(false);
            sessions.AddRange((logs.Sleep ?? []).Select(log => FitbitSleep.ToSession(log, zone)));
        }

        return [.. sessions.OrderByDescending(s => s.End)];
    }

    private async IAsyncEnumerable<FitbitActivityLog> LogsNewestFirstAsync(
        ProviderAccount account, DateTimeOffset? before, int maxPages, [EnumeratorCancellation] CancellationToken ct)
    {
        // A user's local date is at most 14 h ahead of UTC: starting two days late never misses a log.
        var day = DateOnly.FromDateTime((before ?? clock.GetUtcNow()).UtcDateTime).AddDays(2);
        string? path = string.Create(CultureInfo.InvariantCulture, $"1/user/-/activities/list.json?beforeDate={day:yyyy-MM-dd}&sort=desc&offset=0&limit={FitbitPageSize}");
        for (var pages = 0; path is not null && pages < maxPages; pages++)
        {
            var page = await GetAsync<FitbitActivityList>(account, path, ct).ConfigureAwait(false);
            foreach (var log in page.Activities ?? [])
            {
                yield return log;
            }

            var next = NextPath(page.Pagination?.Next);
            path = next == path || page.Activities is not { Count: > 0 } ? null : next;
        }
    }

    /// <summary>The next page's path under <see cref="FitbitOptions.ApiBase"/>: only its path and query are followed, never its host.</summary>
    private string? NextPath(string? next)
    {
        if (string.IsNullOrEmpty(next))
        {
            return null;
        }

        var apiBase = options.Value.ApiBase.AbsoluteUri;
        if (next.StartsWith(apiBase, StringComparison.OrdinalIgnoreCase))
        {
            return next[apiBase.Length..];
        }

        return Uri.TryCreate(next, UriKind.Absolute, out var url) ? url.PathAndQuery.TrimStart('/') : next.TrimStart('/');
    }

    private async Task<FitbitUser> ProfileAsync(ProviderAccount account, CancellationToken ct) =>
        (await GetAsync<FitbitProfileResponse>(account, ProfilePath, ct).ConfigureAwait(false)).User
        ?? throw new ProviderException(ProviderName, ProviderFailure.Unavailable, "fitbit answered a profile without a user; try again later");

    private Task<T> GetAsync<T>(ProviderAccount account, string pathAndQuery, CancellationToken ct)
    {
        var api = new ProviderApi(httpClients.CreateClient(ProviderName), tokens, budget, health, clock);
        var request = new ProviderRequest(ProviderName, account, pathAndQuery, RateScope.User, FitbitRateHeaders.Read);
        return api.GetAsync<T>(request, FitbitJson.Options, ct);
    }
}
