using Pierre.Fitness.Load;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>Stress metrics of one activity from its 1 Hz streams: NP, IF, TSS, rTSS, HRSS, Banister and Edwards TRIMP, and the score the training load uses.</summary>
internal sealed class CalculateMetricsTool(ActivityAnalysisService analysis) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_metrics",
        "Activity stress metrics",
        "For one activity (activity_id from get_activities): Normalized Power, Intensity Factor and TSS when it has power; normalized graded pace and rTSS for runs (grade-adjusted after Minetti 2002, against threshold pace); HRSS (100 × ΣTRIMP ÷ TRIMP of an hour at LTHR, Banister TRIMP per second) and Banister/Edwards TRIMP when it has heart rate, computed from its per-second streams. Each sport uses its own thresholds (cycling FTP and LTHR for rides, running LTHR and threshold pace for runs), from the user's settings, else the provider, else estimates from recent activities, else (LTHR only) 90 % of maximum heart rate; `threshold_sources` says which. `stress` is the one score the training load counts for the activity, `stress_method` its method and `method` the reference. `friel_test_lthr_bpm` reads the session as Friel's LTHR field test (mean heart rate of the last 20 min of the hardest 30 min): the LTHR when the session was a solo 30-min time trial, set it with update_user_configuration.",
        """{"type":"object","properties":{"activity_id":{"type":"string"},"provider":{"type":"string"}},"required":["activity_id"],"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"activity_id":{"type":"string"},"duration_s":{"type":"number"},
          "normalized_power_w":{"type":["number","null"]},"intensity_factor":{"type":["number","null"]},"tss":{"type":["number","null"]},
          "normalized_graded_pace_s_per_km":{"type":["number","null"]},"r_tss":{"type":["number","null"]},
          "hrss":{"type":["number","null"]},"lthr_bpm":{"type":"number"},"trimp_banister":{"type":["number","null"]},"trimp_edwards":{"type":["number","null"]},
          "stress":{"type":"number"},"stress_method":{"type":"string"},"method":{"type":"string"},"friel_test_lthr_bpm":{"type":["number","null"]},
          "threshold_sources":{"type":"object","additionalProperties":{"type":"string"}}},
         "required":["provider","activity_id","duration_s","stress","stress_method","method","threshold_sources"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["activity_id", "provider"]);
        var request = new ActivityRequest(call.RequiredString("activity_id"), call.OptionalProvider());
        return ToolOutcome.From(await analysis.MetricsAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), m => ToolOutcome.Success(new
        {
            provider = m.Provider,
            activity_id = m.ActivityId,
            duration_s = m.DurationSeconds,
            normalized_power_w = Numbers.Round(m.NormalizedPowerWatts),
            intensity_factor = Numbers.Round(m.IntensityFactor, 3),
            tss = Numbers.Round(m.PowerTss),
            normalized_graded_pace_s_per_km = m.NormalizedGradedPaceSecondsPerKm is { } pace ? Math.Round(pace, 1) : (double?)null,
            r_tss = Numbers.Round(m.RunningTss),
            hrss = Numbers.Round(m.HeartRateStressScore),
            lthr_bpm = Math.Round(m.LactateThresholdHeartRate),
            trimp_banister = Numbers.Round(m.BanisterTrimp),
            trimp_edwards = Numbers.Round(m.EdwardsTrimp),
            stress = Numbers.Round(m.Stress.Stress),
            stress_method = StressMethods.Name(m.Stress.Method),
            method = StressMethods.Describe(m.Stress.Method),
            threshold_sources = m.ThresholdSources,
            friel_test_lthr_bpm = Numbers.Round(m.FrielTestLactateThreshold),
        }));
    }
}
