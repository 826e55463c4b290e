using Pierre.Fitness.Model;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Activities;

/// <summary>The caller's activities, athlete and training totals, read from their connected provider.</summary>
internal sealed class ActivityService(ProviderResolver providers, AthleteProfiles profiles, ActivitySource source, TimeProvider clock)
{
    private static readonly ReadMemo<(string Provider, ActivityListRequest Request), ActivityPage> Pages = new(perSource: 16);

    public async Task<Result<ActivityPage>> ListAsync(Caller caller, ActivityListRequest request, CancellationToken ct)
    {
        if (request.Limit is < 1 or > ActivityListRequest.MaxLimit)
        {
            return Refusal.Invalid($"argument 'limit' must be a whole number from 1 to {ActivityListRequest.MaxLimit}");
        }

        if (request.Offset is < 0 or > ActivityListRequest.MaxOffset)
        {
            return Refusal.Invalid($"argument 'offset' must be a whole number from 0 to {ActivityListRequest.MaxOffset}");
        }

        if (!(await providers.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var provider, out var refusal))
        {
            return refusal;
        }

        // From a given date, only the window after it is read; without one the list pages through the whole history,
        // a cached read whose pages are kept with it (the hot path of a repeated call).
        if (request.After is null)
        {
            var all = await source.ActivitiesAsync(provider, caller.Account, ct).ConfigureAwait(false);
            return Pages.GetOrAdd(all, (provider, request), key => Page(key.Provider, all, key.Request));
        }

        return Page(provider, await source.WindowAsync(provider, caller.Account, request.After.Value, ct).ConfigureAwait(false), request);
    }

    private static ActivityPage Page(string provider, IReadOnlyList<Activity> read, ActivityListRequest request)
    {
        var matching = read
            .Where(a => request.Before is not { } before || a.StartTime < before)
            .Where(a => request.After is not { } after || a.StartTime > after)
            .Where(a => request.Sport is not { } sport || a.Sport == sport)
            .ToList();
        return new ActivityPage(provider, matching.Count, request.Offset, request.Limit, [.. matching.Skip(request.Offset).Take(request.Limit)]);
    }

    /// <summary>The athlete as every analysis sees them: the provider's profile with the user's own settings applied.</summary>
    public Task<Result<AthleteContext>> AthleteAsync(Caller caller, ProviderRequest request, CancellationToken ct) =>
        profiles.ResolveAsync(caller, request.Provider, ct);

    public async Task<Result<ActivityStats>> StatsAsync(Caller caller, ProviderRequest request, StepProgress progress, CancellationToken ct)
    {
        if (!(await providers.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var provider, out var refusal))
        {
            return refusal;
        }

        var now = clock.GetUtcNow();
        var yearStart = new DateTimeOffset(now.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var fourWeeks = now.AddDays(-28);
        // The 4 weeks and the year to date come from a fresh window; all-time totals add the older history, read once a day.
        var activities = await source.HistoryAsync(provider, caller.Account, yearStart < fourWeeks ? yearStart.AddDays(-1) : fourWeeks.AddDays(-1), ct)
            .ConfigureAwait(false);
        await progress(1, 4, $"loaded {activities.Count} activities", ct).ConfigureAwait(false);
        var recent = SportTotals.Of(activities.Where(a => a.StartTime > fourWeeks));
        await progress(2, 4, "last 4 weeks summed", ct).ConfigureAwait(false);
        var year = SportTotals.Of(activities.Where(a => a.StartTime >= yearStart));
        await progress(3, 4, "year to date summed", ct).ConfigureAwait(false);
        var all = SportTotals.Of(activities);
        await progress(4, 4, "all history summed", ct).ConfigureAwait(false);
        return new ActivityStats(provider, recent, year, all);
    }
}
