using Pierre.Fitness.Analysis;
using Pierre.Fitness.Load;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>A short prioritised to-do list from training load, the last 12 weeks' patterns and recent trends.</summary>
internal sealed class GenerateRecommendationsTool(AthleteProfiles profiles, ActivitySource source, TrainingLoadReport report, TimeProvider clock) : IMcpTool
{
    private const int Weeks = 12;

    public static readonly ToolDescriptor Definition = new(
        "generate_recommendations",
        "Training recommendations",
        "Three to six prioritised recommendations (category, priority high/medium/low, the reason with its numbers, the action) from today's training load (TSB and the acute:chronic ratio, the same numbers as analyze_training_load), the last 12 weeks' patterns (as detect_patterns: intensity balance, consistency, rest days, volume spikes, long sessions) and significant 12-week trends in run pace, ride power and swim pace.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"date":{"type":"string","format":"date"},"profile":{"type":"string"},"weeks":{"type":"integer"},
          "ctl":{"type":"number"},"atl":{"type":"number"},"tsb":{"type":"number"},"acwr":{"type":["number","null"]},"form_status":{"type":"string"},"acwr_status":{"type":"string"},
          "recommendations":{"type":"array","minItems":3,"maxItems":6,"items":{"type":"object","properties":{"category":{"type":"string"},
            "priority":{"type":"string","enum":["high","medium","low"]},"reason":{"type":"string"},"action":{"type":"string"}},
            "required":["category","priority","reason","action"]}}},
         "required":["provider","date","profile","ctl","atl","tsb","form_status","acwr_status","recommendations"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var (context, error) = await profiles.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var today = (await report.ComputeAsync(context!, call.Caller.Account, cancellationToken).ConfigureAwait(false)).Today;
        var load = new LoadState(today.Fitness, today.Fatigue, today.Fitness - today.Fatigue, today.AcuteChronicRatio);
        var activities = await source.ActivitiesAsync(context!.Provider, call.Caller.Account, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var patterns = TrainingPatterns.Detect(activities, context.Athlete, context.Profile, DateOnly.FromDateTime(now.UtcDateTime), Weeks);
        var advice = Recommendations.Build(load, patterns, RecentTrends.Of(activities, now, Weeks), context.Profile);
        return ToolOutcome.Success(
            new
            {
                provider = context.Provider,
                date = today.Date,
                profile = context.Profile.Name,
                weeks = Weeks,
                ctl = Numbers.Round(load.Ctl),
                atl = Numbers.Round(load.Atl),
                tsb = Numbers.Round(load.Tsb),
                acwr = Numbers.Round(load.Acwr, 2),
                form_status = LoadStatus.Form(load.Tsb),
                acwr_status = LoadStatus.AcuteChronic(load.Acwr),
                recommendations = advice.Select(r => new { category = r.Category, priority = r.Priority.ToString().ToLowerInvariant(), reason = r.Reason, action = r.Action }),
            },
            string.Join("\n", advice.Select((r, i) => $"{i + 1}. [{r.Priority.ToString().ToLowerInvariant()}] {r.Action} ({r.Reason})")));
    }
}
