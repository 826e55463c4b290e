using Pierre.Fitness.Load;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Readiness from today's form, plus last night's sleep and HRV when the assistant knows them.</summary>
internal sealed class CalculateRecoveryScoreTool(RecoveryService recovery) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_recovery_score",
        "Recovery score",
        "A 0–100 readiness score from training form (TSB entering today: yesterday's CTL − ATL, the same value as analyze_training_load), and, when given, last night's sleep_hours and HRV (hrv_ms against baseline_hrv_ms). Without sleep_hours, last night's sleep is read from a connected provider that records sleep (Fitbit) when there is one.",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "sleep_hours":{"type":"number","minimum":0,"maximum":24},"hrv_ms":{"type":"number","minimum":1,"maximum":300},
          "baseline_hrv_ms":{"type":"number","minimum":1,"maximum":300}},"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"score":{"type":"number"},"tsb":{"type":"number"},"tsb_method":{"type":"string"},
          "form_part":{"type":"number"},"sleep_part":{"type":["number","null"]},"hrv_part":{"type":["number","null"]},
          "status":{"type":"string"},"rest_suggested":{"type":"boolean"},
          "sleep_source":{"type":"string","description":"input, or the provider last night's sleep was read from; absent when no sleep was known"}},"required":["provider","score","tsb","status","rest_suggested"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider", "sleep_hours", "hrv_ms", "baseline_hrv_ms"]);
        var request = new ReadinessRequest(
            call.OptionalProvider(), call.OptionalNumber("sleep_hours", 0, 24), call.OptionalNumber("hrv_ms", 1, 300), call.OptionalNumber("baseline_hrv_ms", 1, 300));
        return ToolOutcome.From(await recovery.RecoveryAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), r => ToolOutcome.Success(
            new
            {
                provider = r.Provider, score = r.Readiness.Score, tsb = Math.Round(r.Tsb, 1), form_part = r.Readiness.FormPart, sleep_part = r.Readiness.SleepPart,
                hrv_part = r.Readiness.HrvPart, status = r.Status, rest_suggested = r.RestSuggested, form_status = LoadStatus.Form(r.Tsb),
                sleep_source = r.SleepSource, tsb_method = TrainingLoad.FormMethod,
            },
            $"Recovery {r.Readiness.Score:0}/100 ({r.Status}); TSB {r.Tsb:+0.0;-0.0}." + (r.RestSuggested ? " A rest day is suggested." : string.Empty)));
    }
}
