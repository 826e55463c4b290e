using Pierre.Fitness.Analysis;
using Pierre.Fitness.Model;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>One activity against similar ones, the personal best of its distance band, the sport's average, or another activity.</summary>
internal sealed class CompareActivitiesTool(AthleteProfiles profiles, ActivitySource source, TimeProvider clock) : IMcpTool
{
    private const int WindowDays = ActivityIntelligence.SimilarDays;

    public static readonly ToolDescriptor Definition = new(
        "compare_activities",
        "Compare activities",
        "Compares one activity (activity_id from get_activities) with a baseline: compare_to \"similar\" (default: mean of the same sport's activities within ±20 % of its distance in the last 180 days), \"personal_best\" (the fastest other activity in that distance band on record), \"average\" (mean of the sport's activities in the last 180 days), or another activity given as other_activity_id. Gives differences in duration, distance, speed, pace, heart rate, power and efficiency (metres per heartbeat) and a verdict: better, fitter, harder, easier, worse, similar (or faster/slower without heart rate).",
        """
        {"type":"object","properties":{"activity_id":{"type":"string"},"compare_to":{"type":"string","enum":["similar","personal_best","average"],"default":"similar"},
          "other_activity_id":{"type":"string","description":"Compare with this activity instead of a baseline"},"provider":{"type":"string"}},
         "required":["activity_id"],"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"activity_id":{"type":"string"},"sport_type":{"type":"string"},"compare_to":{"type":"string"},
          "baseline":{"type":"object","properties":{"description":{"type":"string"},"activities":{"type":"integer"},"activity_id":{"type":["string","null"]},"since":{"type":["string","null"]}}},
          "is_personal_best":{"type":"boolean"},
          "differences":{"type":"object","additionalProperties":{"type":"object","properties":{"this":{"type":"number"},"other":{"type":"number"},
            "difference":{"type":"number"},"difference_pct":{"type":["number","null"]}}}},
          "verdict":{"type":"string"},"explanation":{"type":"string"}},
         "required":["provider","activity_id","sport_type","compare_to","baseline","is_personal_best","differences","verdict","explanation"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["activity_id", "compare_to", "other_activity_id", "provider"]);
        var activityId = call.RequiredString("activity_id");
        var otherId = call.OptionalString("other_activity_id");
        var compareTo = call.OptionalString("compare_to", 16)?.ToLowerInvariant();
        if (compareTo is not (null or "similar" or "personal_best" or "average"))
        {
            throw new ToolArgumentException("argument 'compare_to' must be similar, personal_best or average");
        }

        if (otherId is not null && compareTo is not null)
        {
            throw new ToolArgumentException("give either compare_to or other_activity_id, not both");
        }

        if (otherId == activityId)
        {
            throw new ToolArgumentException("argument 'other_activity_id' must name a different activity than activity_id");
        }

        var (context, error) = await profiles.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var history = await source.ActivitiesAsync(context!.Provider, call.Caller.Account, cancellationToken).ConfigureAwait(false);
        if (history.FirstOrDefault(a => a.Id == activityId) is not { } subject)
        {
            return ActivityLookup.Unknown(activityId);
        }

        var kind = otherId is null ? compareTo ?? "similar" : "activity";
        var since = clock.GetUtcNow().AddDays(-WindowDays);
        var best = ActivityPeers.Best(history, subject);
        var sport = SessionType.SportName(subject.Sport);
        var band = $"{best.BandLowMeters / 1000:0.0}–{best.BandHighMeters / 1000:0.0} km";
        IReadOnlyList<Activity> baseline = kind switch
        {
            "activity" => [.. history.Where(a => a.Id == otherId)],
            "personal_best" => best.FastestOther is { } fastest ? [fastest] : [],
            "average" => [.. history.Where(a => a.Id != subject.Id && a.Sport == subject.Sport && a.StartTime >= since)],
            _ => ActivityPeers.Similar(history, subject, since),
        };
        if (baseline.Count == 0)
        {
            return kind switch
            {
                "activity" => ActivityLookup.Unknown(otherId!),
                "personal_best" => ToolOutcome.Error($"No other {sport} of {band} on record; try compare_to \"average\" or an other_activity_id."),
                "average" => ToolOutcome.Error($"No other {sport} in the last {WindowDays} days; try compare_to \"personal_best\" or an other_activity_id."),
                _ => ToolOutcome.Error($"No other {sport} of {band} in the last {WindowDays} days; try compare_to \"average\" or \"personal_best\", or an other_activity_id."),
            };
        }

        if (baseline[0].Sport != subject.Sport)
        {
            throw new ToolArgumentException($"argument 'other_activity_id' is a {SessionType.SportName(baseline[0].Sport)}, not a {sport}; compare activities of the same sport");
        }

        var description = kind switch
        {
            "activity" => $"activity {baseline[0].Id} on {baseline[0].StartTime:yyyy-MM-dd}",
            "personal_best" => $"{(best.IsPersonalBest ? "the next fastest" : "your best")} {sport} of {band}, {baseline[0].Id} on {baseline[0].StartTime:yyyy-MM-dd}",
            "average" => $"the mean of {baseline.Count} {sport}s since {since:yyyy-MM-dd}",
            _ => $"the mean of {baseline.Count} similar {sport}s ({band}) since {since:yyyy-MM-dd}",
        };
        var comparison = ActivityComparison.Compare(PerformanceSummary.Of(subject), PerformanceSummary.Mean(baseline)!, subject.Sport);
        return ToolOutcome.Success(
            new
            {
                provider = context.Provider,
                activity_id = subject.Id,
                sport_type = subject.Sport.ToString().ToLowerInvariant(),
                compare_to = kind,
                baseline = new
                {
                    description, activities = baseline.Count,
                    activity_id = kind is "activity" or "personal_best" ? baseline[0].Id : null,
                    since = kind is "similar" or "average" ? since : (DateTimeOffset?)null,
                },
                is_personal_best = best.IsPersonalBest,
                differences = comparison.Differences.ToDictionary(d => d.Metric, d => new
                {
                    @this = Numbers.Round(d.This, Digits(d.Metric)), other = Numbers.Round(d.Other, Digits(d.Metric)),
                    difference = Numbers.Round(d.Difference, Digits(d.Metric)), difference_pct = Numbers.Round(d.DifferencePercent),
                }),
                verdict = comparison.Verdict,
                explanation = comparison.Explanation,
            },
            $"{comparison.Verdict}: {comparison.Explanation}, against {description}.");
    }

    private static int Digits(string metric) => metric is "speed_m_s" or "meters_per_beat" ? 3 : 1;
}
