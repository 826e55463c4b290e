using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculateFitnessScoreTool(AthleteProfiles profiles, TrainingLoadReport report) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_fitness_score",
        "Fitness score",
        "A 0–100 fitness score from chronic training load (CTL, the same number analyze_training_load reports) with a level and the 4-week trend.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"score":{"type":"integer"},"level":{"type":"string"},"ctl":{"type":"number"},
          "ctl_4_weeks_ago":{"type":"number"},"trend":{"type":"string"}},"required":["provider","score","level","ctl","trend"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var (athlete, error) = await profiles.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var provider = athlete!.Provider;
        var load = await report.ComputeAsync(athlete!, call.Caller.Account, cancellationToken).ConfigureAwait(false);
        var ctl = load.Today.Fitness;
        var earlier = load.Series.Count > 28 ? load.Series[^29].Fitness : 0;
        var score = (int)Math.Round(Math.Clamp(ctl, 0, 100));
        var level = ctl switch
        {
            < 20 => "beginner",
            < 40 => "recreational",
            < 70 => "trained",
            < 100 => "competitive",
            _ => "elite",
        };
        var trend = (ctl - earlier) switch
        {
            > 3 => "building",
            < -3 => "declining",
            _ => "stable",
        };
        return ToolOutcome.Success(
            new { provider, score, level, ctl = Math.Round(ctl, 1), ctl_4_weeks_ago = Math.Round(earlier, 1), trend },
            $"Fitness score {score}/100 ({level}), CTL {ctl:0.0}, {trend} over 4 weeks.");
    }
}
