using Pierre.Fitness.Load;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Whether today should be a rest day, with the reasons: deep fatigue, a load spike, low readiness or a long streak.</summary>
internal sealed class SuggestRestDayTool(RecoveryService recovery) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "suggest_rest_day",
        "Should I rest today?",
        "Recommends rest or training today from form (TSB entering today, yesterday's CTL − ATL, below −30), the acute:chronic workload ratio (EWMA 7:28, Williams et al. 2017, above 1.5: a range team-sport studies associate with more injuries, not a measured risk for you), readiness (below 40, using sleep_hours and HRV when given, else last night's sleep from a connected sleep source such as Fitbit) and the run of consecutive training days.",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "sleep_hours":{"type":"number","minimum":0,"maximum":24},"hrv_ms":{"type":"number","minimum":1,"maximum":300},
          "baseline_hrv_ms":{"type":"number","minimum":1,"maximum":300}},"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"rest_recommended":{"type":"boolean"},"reasons":{"type":"array","items":{"type":"string"}},
          "tsb":{"type":"number"},"acwr":{"type":["number","null"]},"tsb_method":{"type":"string"},"acwr_method":{"type":"string"},"readiness":{"type":"number"},"consecutive_training_days":{"type":"integer"},
          "sleep_source":{"type":"string","description":"input, or the provider last night's sleep was read from; absent when no sleep was known"}},
         "required":["provider","rest_recommended","reasons","tsb","readiness","consecutive_training_days"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider", "sleep_hours", "hrv_ms", "baseline_hrv_ms"]);
        var request = new ReadinessRequest(
            call.OptionalProvider(), call.OptionalNumber("sleep_hours", 0, 24), call.OptionalNumber("hrv_ms", 1, 300), call.OptionalNumber("baseline_hrv_ms", 1, 300));
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
                },
                text);
        });
    }
}
