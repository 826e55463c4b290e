using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Least-squares trend of pace (runs, swims), power (rides) or heart rate over recent weeks, with R² and significance.</summary>
internal sealed class AnalyzePerformanceTrendsTool(TrainingAnalysisService training) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_performance_trends",
        "Performance trends",
        "Fits a least-squares line to one metric of one sport over the last `weeks` weeks and says whether it is improving, declining or flat (t-test at 5 %). Metrics: pace (s/km, lower is better), power (W), heart_rate (average bpm of the sessions within ±5 % of the window's median pace, or power for rides, so efforts are similar; lower is better). method says how the line was fitted.",
        """
        {"type":"object","properties":{"sport_type":{"type":"string","enum":["run","ride","swim"],"default":"run"},
          "metric":{"type":"string","enum":["pace","power","heart_rate"],"default":"pace"},
          "weeks":{"type":"integer","minimum":4,"maximum":104,"default":12},"provider":{"type":"string"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"sport_type":{"type":"string"},"metric":{"type":"string"},"weeks":{"type":"integer"},
          "activities":{"type":"integer"},"change_per_week":{"type":"number"},"r_squared":{"type":"number"},"t_statistic":{"type":"number"},
          "significant":{"type":"boolean"},"direction":{"type":"string"},"method":{"type":"string"}},
         "required":["provider","sport_type","metric","weeks","activities","direction","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["sport_type", "metric", "weeks", "provider"]);
        var request = new TrendRequest(
            call.OptionalString("sport_type", 8)?.ToLowerInvariant() ?? "run",
            call.OptionalString("metric", 16)?.ToLowerInvariant() ?? "pace",
            call.Int("weeks", TrendRequest.DefaultWeeks, TrendRequest.MinWeeks, TrendRequest.MaxWeeks),
            call.OptionalProvider());
        return ToolOutcome.From(await training.TrendAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), t => ToolOutcome.Success(
            new
            {
                provider = t.Provider, sport_type = t.Sport, metric = t.Metric, weeks = t.Weeks, activities = t.Line.Count,
                change_per_week = Math.Round(t.Line.Slope, 2), r_squared = Math.Round(t.Line.RSquared, 3),
                t_statistic = Math.Round(t.Line.TStatistic, 2), significant = t.Line.Significant, direction = t.Direction, method = t.Method,
            },
            $"{t.Sport} {t.Metric} over {t.Weeks} weeks ({t.Line.Count} activities): {t.Direction}, {t.Line.Slope:+0.00;-0.00} per week, R² {t.Line.RSquared:0.00}{(t.Line.Significant ? "" : " (not significant)")}."));
    }
}
