using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;
using Pierre.Server.Activities;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Analysis;

/// <summary>One activity against similar ones, the personal best of its distance band, the sport's average, or another activity.</summary>
internal sealed class ActivityComparisonService(AthleteProfiles profiles, ActivitySource source, TimeProvider clock)
{
    private const int WindowDays = ActivityIntelligence.SimilarDays;

    public async Task<Result<ComparedActivity>> CompareAsync(Caller caller, CompareRequest request, CancellationToken ct)
    {
        if (Check(request) is { } invalid)
        {
            return invalid;
        }

        if (!(await profiles.ResolveAsync(caller, request.Provider, ct).ConfigureAwait(false)).TryGetValue(out var context, out var refusal))
        {
            return refusal;
        }

        if (await source.ActivityAsync(context.Provider, caller.Account, request.ActivityId, ct).ConfigureAwait(false) is not { } subject)
        {
            return ActivityLookup.Unknown(request.ActivityId);
        }

        var otherId = request.OtherActivityId;
        var other = otherId is null ? null : await source.ActivityAsync(context.Provider, caller.Account, otherId, ct).ConfigureAwait(false);
        var kind = otherId is null ? request.CompareTo ?? "similar" : "activity";
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        // The baselines need the last 180 days (read fresh); whether it is a personal best needs the older history too.
        var history = await source.HistoryAsync(context.Provider, caller.Account, since, ct).ConfigureAwait(false);
        var best = ActivityPeers.Best(history, subject);
        var sport = SessionType.SportName(subject.Sport);
        var band = $"{best.BandLowMeters / 1000:0.0}–{best.BandHighMeters / 1000:0.0} km";
        IReadOnlyList<Activity> baseline = kind switch
        {
            "activity" => other is null ? [] : [other],
            "personal_best" => best.FastestOther is { } fastest ? [fastest] : [],
            "average" => [.. history.Where(a => a.Id != subject.Id && a.Sport == subject.Sport && a.StartTime >= since)],
            _ => ActivityPeers.Similar(history, subject, since),
        };
        if (baseline.Count == 0)
        {
            return kind switch
            {
                "activity" => ActivityLookup.Unknown(otherId!),
                "personal_best" => Refusal.Precondition($"No other {sport} of {band} on record; try compare_to \"average\" or an other_activity_id."),
                "average" => Refusal.Precondition($"No other {sport} in the last {WindowDays} days; try compare_to \"personal_best\" or an other_activity_id."),
                _ => Refusal.Precondition($"No other {sport} of {band} in the last {WindowDays} days; try compare_to \"average\" or \"personal_best\", or an other_activity_id."),
            };
        }

        if (baseline[0].Sport != subject.Sport)
        {
            return Refusal.Invalid($"argument 'other_activity_id' is a {SessionType.SportName(baseline[0].Sport)}, not a {sport}; compare activities of the same sport");
        }

        var description = kind switch
        {
            "activity" => $"activity {baseline[0].Id} on {baseline[0].StartTime:yyyy-MM-dd}",
            "personal_best" => $"{(best.IsPersonalBest ? "the next fastest" : "your best")} {sport} of {band}, {baseline[0].Id} on {baseline[0].StartTime:yyyy-MM-dd}",
            "average" => $"the mean of {baseline.Count} {sport}s since {since:yyyy-MM-dd}",
            _ => $"the mean of {baseline.Count} similar {sport}s ({band}) since {since:yyyy-MM-dd}",
        };
        var comparison = ActivityComparison.Compare(PerformanceSummary.Of(subject), PerformanceSummary.Mean(baseline)!, subject.Sport);
        return new ComparedActivity(context.Provider, subject, kind, description, baseline, since, best.IsPersonalBest, comparison);
    }

    private static Refusal? Check(CompareRequest request)
    {
        if (request.CompareTo is { } compareTo && !CompareRequest.Baselines.Contains(compareTo))
        {
            return Refusal.Invalid($"argument 'compare_to' must be {string.Join(", ", CompareRequest.Baselines[..^1])} or {CompareRequest.Baselines[^1]}");
        }

        if (request.OtherActivityId is not null && request.CompareTo is not null)
        {
            return Refusal.Invalid("give either compare_to or other_activity_id, not both");
        }

        return request.OtherActivityId == request.ActivityId
            ? Refusal.Invalid("argument 'other_activity_id' must name a different activity than activity_id")
            : null;
    }
}
