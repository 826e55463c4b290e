using Pierre.Fitness.Analysis;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>One activity against similar ones, the personal best of its distance band, the sport's average, or another activity.</summary>
internal sealed class CompareActivitiesTool(ActivityComparisonService comparisons) : IMcpTool
{
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
          "verdict":{"type":"string"},"explanation":{"type":"string"},"method":{"type":"string"}},
         "required":["provider","activity_id","sport_type","compare_to","baseline","is_personal_best","differences","verdict","explanation","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["activity_id", "compare_to", "other_activity_id", "provider"]);
        var request = new CompareRequest(
            call.RequiredString("activity_id"), call.OptionalString("compare_to", 16)?.ToLowerInvariant(), call.OptionalString("other_activity_id"), call.OptionalProvider());
        return ToolOutcome.From(await comparisons.CompareAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(ComparedActivity compared)
    {
        var (subject, kind, description, baseline, comparison) = (compared.Subject, compared.Kind, compared.Description, compared.Baseline, compared.Comparison);
        return ToolOutcome.Success(
            new
            {
                provider = compared.Provider,
                activity_id = subject.Id,
                sport_type = subject.Sport.ToString().ToLowerInvariant(),
                compare_to = kind,
                baseline = new
                {
                    description, activities = baseline.Count,
                    activity_id = kind is "activity" or "personal_best" ? baseline[0].Id : null,
                    since = kind is "similar" or "average" ? compared.Since : (DateTimeOffset?)null,
                },
                is_personal_best = compared.IsPersonalBest,
                differences = comparison.Differences.ToDictionary(d => d.Metric, d => new
                {
                    @this = Numbers.Round(d.This, Digits(d.Metric)), other = Numbers.Round(d.Other, Digits(d.Metric)),
                    difference = Numbers.Round(d.Difference, Digits(d.Metric)), difference_pct = Numbers.Round(d.DifferencePercent),
                }),
                verdict = comparison.Verdict,
                explanation = comparison.Explanation,
                method = ActivityComparison.Method,
            },
            $"{comparison.Verdict}: {comparison.Explanation}, against {description}.");
    }

    private static int Digits(string metric) => metric is "speed_m_s" or "meters_per_beat" ? 3 : 1;
}
