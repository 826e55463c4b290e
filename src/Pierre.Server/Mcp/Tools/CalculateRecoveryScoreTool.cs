using Pierre.Fitness.Load;
using Pierre.Fitness.Recovery;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Readiness from today's form, plus last night's sleep and HRV when the assistant knows them.</summary>
internal sealed class CalculateRecoveryScoreTool(RecoveryService recovery) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_recovery_score",
        "Recovery score",
        "A 0–100 readiness score: a heuristic composite of our own (not a validated score), weighting training form (TSB entering today: yesterday's CTL − ATL, the same value as analyze_training_load) 2 : 1 : 1 with last night's sleep duration (scored as analyze_sleep_quality scores it) and HRV when known. "
        + "HRV: hrv_series (14+ mornings' rMSSD, oldest first) is judged as Plews et al. do, the 7-day rolling mean of ln rMSSD against the baseline ± the smallest worthwhile change, and a mean below it suggests rest; hrv_ms with baseline_hrv_ms is a single-morning ratio, noisier. "
        + "Without sleep_hours, last night's sleep is read from a connected provider that records sleep (Fitbit) when there is one. method names how the score is built; hrv_method how HRV was judged.",
        ReadinessArguments.InputSchema,
        $$$"""
        {"type":"object","properties":{"provider":{"type":"string"},"score":{"type":"number"},"tsb":{"type":"number"},"tsb_method":{"type":"string"},
          "form_part":{"type":"number"},"sleep_part":{"type":["number","null"]},"hrv_part":{"type":["number","null"]},
          "status":{"type":"string"},"rest_suggested":{"type":"boolean"},"method":{"type":"string"},
          {{{ReadinessArguments.OutputProperties}}},
          "sleep_source":{"type":"string","description":"input, or the provider last night's sleep was read from; absent when no sleep was known"}},"required":["provider","score","tsb","status","rest_suggested","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Recovery);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = ReadinessArguments.Read(call);
        return ToolOutcome.From(await recovery.RecoveryAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), r => ToolOutcome.Success(
            new
            {
                provider = r.Provider, score = r.Readiness.Score, tsb = Math.Round(r.Tsb, 1), form_part = r.Readiness.FormPart, sleep_part = r.Readiness.SleepPart,
                hrv_part = r.Readiness.HrvPart, status = r.Status, rest_suggested = r.RestSuggested, form_status = LoadStatus.Form(r.Tsb),
                sleep_source = r.SleepSource, tsb_method = TrainingLoad.FormMethod, method = RecoveryScore.Method,
                hrv_method = r.Hrv.Method, hrv_trend = ReadinessArguments.Trend(r.Hrv.Trend),
            },
            $"Recovery {r.Readiness.Score:0}/100 ({r.Status}); TSB {r.Tsb:+0.0;-0.0}." + (r.RestSuggested ? " A rest day is suggested." : string.Empty)));
    }
}
