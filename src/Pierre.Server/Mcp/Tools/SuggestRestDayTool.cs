using Pierre.Fitness.Load;
using Pierre.Fitness.Recovery;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Whether today should be a rest day, with the reasons: deep fatigue, a load spike, low readiness or a long streak.</summary>
internal sealed class SuggestRestDayTool(RecoveryService recovery) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "suggest_rest_day",
        "Should I rest today?",
        "Recommends rest or training today from form (TSB entering today, yesterday's CTL − ATL, below −30), the acute:chronic workload ratio (EWMA 7:28, Williams et al. 2017, above 1.5: a range team-sport studies associate with more injuries, not a measured risk for you), readiness (below 40: calculate_recovery_score's heuristic composite, using sleep_hours and HRV when given, else last night's sleep from a connected sleep source such as Fitbit), "
        + "HRV (with hrv_series, 14+ mornings' rMSSD oldest first: a 7-day ln rMSSD mean below the baseline − smallest worthwhile change, Plews et al.) and the run of consecutive training days (10 or more). "
        + "The thresholds are our conventions; method says so.",
        ReadinessArguments.InputSchema,
        $$$"""
        {"type":"object","properties":{"provider":{"type":"string"},"rest_recommended":{"type":"boolean"},"reasons":{"type":"array","items":{"type":"string"}},
          "tsb":{"type":"number"},"acwr":{"type":["number","null"]},"tsb_method":{"type":"string"},"acwr_method":{"type":"string"},"readiness":{"type":"number"},"consecutive_training_days":{"type":"integer"},"method":{"type":"string"},"readiness_method":{"type":"string"},
          {{{ReadinessArguments.OutputProperties}}},
          "sleep_source":{"type":"string","description":"input, or the provider last night's sleep was read from; absent when no sleep was known"}},
         "required":["provider","rest_recommended","reasons","tsb","readiness","consecutive_training_days","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Recovery);

    private const string Method =
        "heuristic: rest when any of TSB < −30, ACWR (EWMA 7:28) > 1.5, readiness < 40, HRV 7-day ln rMSSD mean below baseline − SWC (Plews et al. 2012, 2013) or 10+ training days in a row; thresholds are conventions, not validated cut-offs";

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = ReadinessArguments.Read(call);
        return ToolOutcome.From(await recovery.RestDayAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), advice =>
        {
            var rest = advice.RestRecommended;
            var text = rest
                ? $"Rest today: {string.Join("; ", advice.Reasons)}."
                : $"Training is fine today (form {advice.Tsb:+0.0;-0.0}, readiness {advice.Readiness:0}/100).";
            return ToolOutcome.Success(
                new
                {
                    provider = advice.Provider, rest_recommended = rest, reasons = advice.Reasons, tsb = Math.Round(advice.Tsb, 1),
                    acwr = advice.Acwr is { } r ? Math.Round(r, 2) : (double?)null, readiness = advice.Readiness, consecutive_training_days = advice.ConsecutiveTrainingDays,
                    sleep_source = advice.SleepSource, tsb_method = TrainingLoad.FormMethod, acwr_method = TrainingLoad.AcwrMethod,
                    method = Method, readiness_method = RecoveryScore.Method, hrv_method = advice.Hrv.Method, hrv_trend = ReadinessArguments.Trend(advice.Hrv.Trend),
                },
                text);
        });
    }
}
