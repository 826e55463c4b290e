using Pierre.Fitness.Load;
using Pierre.Fitness.Recovery;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Readiness from today's form, plus last night's sleep and HRV when the assistant knows them.</summary>
internal sealed class CalculateRecoveryScoreTool(AthleteProfiles profiles, TrainingLoadReport report) : IMcpTool
{
    public const int RestBelowScore = 40;

    public static readonly ToolDescriptor Definition = new(
        "calculate_recovery_score",
        "Recovery score",
        "A 0–100 readiness score from training form (TSB), and, when given, last night's sleep_hours and HRV (hrv_ms against baseline_hrv_ms).",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "sleep_hours":{"type":"number","minimum":0,"maximum":24},"hrv_ms":{"type":"number","minimum":1,"maximum":300},
          "baseline_hrv_ms":{"type":"number","minimum":1,"maximum":300}},"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"score":{"type":"number"},"tsb":{"type":"number"},
          "form_part":{"type":"number"},"sleep_part":{"type":["number","null"]},"hrv_part":{"type":["number","null"]},
          "status":{"type":"string"},"rest_suggested":{"type":"boolean"}},"required":["provider","score","tsb","status","rest_suggested"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider", "sleep_hours", "hrv_ms", "baseline_hrv_ms"]);
        var sleep = call.OptionalNumber("sleep_hours", 0, 24);
        var hrv = call.OptionalNumber("hrv_ms", 1, 300);
        var baseline = call.OptionalNumber("baseline_hrv_ms", 1, 300);
        if (hrv is null != baseline is null)
        {
            throw new ToolArgumentException("give both hrv_ms and baseline_hrv_ms, or neither");
        }

        var (athlete, error) = await profiles.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var provider = athlete!.Provider;
        var today = (await report.ComputeAsync(athlete!, call.Caller.Account, cancellationToken).ConfigureAwait(false)).Today;
        var tsb = today.Fitness - today.Fatigue;
        var readiness = RecoveryScore.Compute(tsb, sleep, hrv, baseline);
        var rest = readiness.Score < RestBelowScore || today.AcuteChronicRatio > 1.5;
        var status = readiness.Score switch
        {
            >= 70 => "well recovered: ready for a hard session",
            >= RestBelowScore => "partly recovered: keep it easy or moderate",
            _ => "under-recovered: rest or very easy movement",
        };
        return ToolOutcome.Success(
            new
            {
                provider, score = readiness.Score, tsb = Math.Round(tsb, 1), form_part = readiness.FormPart, sleep_part = readiness.SleepPart,
                hrv_part = readiness.HrvPart, status, rest_suggested = rest, form_status = LoadStatus.Form(tsb),
            },
            $"Recovery {readiness.Score:0}/100 ({status}); TSB {tsb:+0.0;-0.0}." + (rest ? " A rest day is suggested." : string.Empty));
    }
}
