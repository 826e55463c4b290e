using Pierre.Fitness.Load;
using Pierre.Fitness.Recovery;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Whether today should be a rest day, with the reasons: deep fatigue, a load spike, low readiness or a long streak.</summary>
internal sealed class SuggestRestDayTool(AthleteProfiles profiles, TrainingLoadReport report) : IMcpTool
{
    private const int MaxStreakDays = 10;

    public static readonly ToolDescriptor Definition = new(
        "suggest_rest_day",
        "Should I rest today?",
        "Recommends rest or training today from form (TSB below −30), the acute:chronic ratio (above 1.5), readiness (below 40, using sleep_hours and HRV when given) and the run of consecutive training days.",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "sleep_hours":{"type":"number","minimum":0,"maximum":24},"hrv_ms":{"type":"number","minimum":1,"maximum":300},
          "baseline_hrv_ms":{"type":"number","minimum":1,"maximum":300}},"additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"rest_recommended":{"type":"boolean"},"reasons":{"type":"array","items":{"type":"string"}},
          "tsb":{"type":"number"},"acwr":{"type":["number","null"]},"readiness":{"type":"number"},"consecutive_training_days":{"type":"integer"}},
         "required":["provider","rest_recommended","reasons","tsb","readiness","consecutive_training_days"]}
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
        var load = await report.ComputeAsync(athlete!, call.Caller.Account, cancellationToken).ConfigureAwait(false);
        var today = load.Today;
        var tsb = today.Fitness - today.Fatigue;
        var readiness = RecoveryScore.Compute(tsb, sleep, hrv, baseline).Score;
        var streak = load.Series.Reverse().TakeWhile(d => d.Stress > 0).Count();
        var reasons = new List<string>();
        if (tsb < -30)
        {
            reasons.Add($"form is {tsb:0.0} ({LoadStatus.Form(tsb)})");
        }

        if (today.AcuteChronicRatio > 1.5)
        {
            reasons.Add($"acute:chronic ratio {today.AcuteChronicRatio:0.00} ({LoadStatus.AcuteChronic(today.AcuteChronicRatio)})");
        }

        if (readiness < CalculateRecoveryScoreTool.RestBelowScore)
        {
            reasons.Add($"readiness {readiness:0}/100");
        }

        if (streak >= MaxStreakDays)
        {
            reasons.Add($"{streak} training days in a row");
        }

        var rest = reasons.Count > 0;
        var text = rest ? $"Rest today: {string.Join("; ", reasons)}." : $"Training is fine today (form {tsb:+0.0;-0.0}, readiness {readiness:0}/100).";
        return ToolOutcome.Success(
            new
            {
                provider, rest_recommended = rest, reasons, tsb = Math.Round(tsb, 1),
                acwr = today.AcuteChronicRatio is { } r ? Math.Round(r, 2) : (double?)null, readiness, consecutive_training_days = streak,
            },
            text);
    }
}
