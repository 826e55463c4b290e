using Pierre.Fitness.Analysis;
using Pierre.Fitness.Load;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>A short prioritised to-do list from training load, the last 12 weeks' patterns and recent trends.</summary>
internal sealed class GenerateRecommendationsTool(TrainingAnalysisService training) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "generate_recommendations",
        "Training recommendations",
        "Three to six prioritised recommendations (category, priority high/medium/low, the reason with its numbers, the action), rule-based with thresholds of our own (method names them), from today's training load (TSB entering today, i.e. yesterday's CTL − ATL, and the EWMA 7:28 acute:chronic ratio of Williams et al. 2017, whose bands are associations from team-sport studies, not a measured injury risk; the same numbers as analyze_training_load), the last 12 weeks' patterns (as detect_patterns: intensity balance, consistency, rest days, volume spikes, long sessions) and significant 12-week trends in run pace, ride power and swim pace.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"date":{"type":"string","format":"date"},"profile":{"type":"string"},"weeks":{"type":"integer"},"method":{"type":"string"},
          "ctl":{"type":"number"},"atl":{"type":"number"},"tsb":{"type":"number"},"acwr":{"type":["number","null"]},"tsb_method":{"type":"string"},"acwr_method":{"type":"string"},"form_status":{"type":"string"},"acwr_status":{"type":"string"},
          "recommendations":{"type":"array","minItems":3,"maxItems":6,"items":{"type":"object","properties":{"category":{"type":"string"},
            "priority":{"type":"string","enum":["high","medium","low"]},"reason":{"type":"string"},"action":{"type":"string"}},
            "required":["category","priority","reason","action"]}}},
         "required":["provider","date","profile","method","ctl","atl","tsb","form_status","acwr_status","recommendations"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        return ToolOutcome.From(await training.RecommendationsAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(TrainingAdvice advised)
    {
        var (load, advice) = (advised.Load, advised.Recommendations);
        return ToolOutcome.Success(
            new
            {
                provider = advised.Provider,
                date = advised.Date,
                profile = advised.Profile.Name,
                weeks = advised.Weeks,
                method = Recommendations.Method,
                ctl = Numbers.Round(load.Ctl),
                atl = Numbers.Round(load.Atl),
                tsb = Numbers.Round(load.Tsb),
                acwr = Numbers.Round(load.Acwr, 2),
                tsb_method = TrainingLoad.FormMethod,
                acwr_method = TrainingLoad.AcwrMethod,
                form_status = LoadStatus.Form(load.Tsb),
                acwr_status = LoadStatus.AcuteChronic(load.Acwr),
                recommendations = advice.Select(r => new { category = r.Category, priority = r.Priority.ToString().ToLowerInvariant(), reason = r.Reason, action = r.Action }),
            },
            string.Join("\n", advice.Select((r, i) => $"{i + 1}. [{r.Priority.ToString().ToLowerInvariant()}] {r.Action} ({r.Reason})")));
    }
}
