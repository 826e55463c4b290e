using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculateFitnessScoreTool(TrainingAnalysisService training) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_fitness_score",
        "Fitness score",
        "A 0–100 fitness score: a heuristic of our own, CTL (chronic training load, the same number analyze_training_load reports) capped at 100, with a level (CTL bands 20/40/70/100, our convention) and the 4-week trend (±3 CTL). It measures training load carried, not fitness tested.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"score":{"type":"integer"},"level":{"type":"string"},"ctl":{"type":"number"},
          "ctl_4_weeks_ago":{"type":"number"},"trend":{"type":"string"},"method":{"type":"string"}},"required":["provider","score","level","ctl","trend","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        return ToolOutcome.From(await training.FitnessScoreAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), s => ToolOutcome.Success(
            new { provider = s.Provider, score = s.Score, level = s.Level, ctl = Math.Round(s.Ctl, 1), ctl_4_weeks_ago = Math.Round(s.CtlFourWeeksAgo, 1), trend = s.Trend, method = FitnessScore.Method },
            $"Fitness score {s.Score}/100 ({s.Level}), CTL {s.Ctl:0.0}, {s.Trend} over 4 weeks."));
    }
}
