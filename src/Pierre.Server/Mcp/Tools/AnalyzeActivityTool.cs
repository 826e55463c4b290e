using Pierre.Fitness.Analysis;
using Pierre.Fitness.Load;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

/// <summary>What one activity's 1 Hz streams say: splits, time in zones, variability, decoupling, stress and effort.</summary>
internal sealed class AnalyzeActivityTool(ActivityAnalysisService analysis) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_activity",
        "Activity analysis",
        "For one activity (activity_id from get_activities), from its per-second streams: kilometre splits with pace and heart rate, time in each Karvonen heart-rate zone, variability (coefficient of variation of moving speed and of power; Variability Index NP/average power for rides), aerobic decoupling (Friel's Pw:HR on rides: NP per beat; Pa:HR on runs: grade-adjusted normalized pace per beat; first half vs second of the moving time after a 10-min warm-up, stops left out; under 5 % reads as coupled), stress with the activity's own sport's thresholds (TSS from NP and cycling FTP for rides, rTSS from normalized graded pace for runs, sTSS from CSS for swims, else HRSS from the heart-rate stream and the sport's LTHR, else session RPE; `stress.stress_method` names the one used, `stress.method` its reference, `stress.threshold_sources` where each threshold came from: settings, provider, estimate from recent activities, or default) and an effort label (recovery, easy, moderate, hard, very hard from IF or % of heart-rate reserve).",
        """{"type":"object","properties":{"activity_id":{"type":"string"},"provider":{"type":"string"}},"required":["activity_id"],"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"activity_id":{"type":"string"},"sport_type":{"type":"string"},"method":{"type":"string"},
          "duration_s":{"type":"number"},"distance_m":{"type":"number"},"average_heartrate":{"type":["number","null"]},"average_watts":{"type":["number","null"]},
          "splits":{"type":"array","items":{"type":"object","properties":{"km":{"type":"integer"},"distance_m":{"type":"number"},"duration_s":{"type":"number"},
            "pace_s_per_km":{"type":"number"},"average_heartrate":{"type":["number","null"]}},"required":["km","distance_m","duration_s","pace_s_per_km"]}},
          "heart_rate_zones":{"type":["object","null"],"properties":{"zones":{"type":"array","items":{"type":"object","properties":{"zone":{"type":"integer"},"name":{"type":"string"},
            "low_bpm":{"type":"number"},"high_bpm":{"type":"number"},"seconds":{"type":"integer"}}}},"below_zone_1_s":{"type":"integer"},"no_data_s":{"type":"integer"}}},
          "variability":{"type":"object","properties":{"speed_cv":{"type":["number","null"]},"power_cv":{"type":["number","null"]},"variability_index":{"type":["number","null"]}}},
          "decoupling":{"type":["object","null"],"properties":{"basis":{"type":"string","enum":["power:hr","graded_pace:hr","pace:hr"]},
            "first_half_per_beat":{"type":"number"},"second_half_per_beat":{"type":"number"},"percent":{"type":"number"},"decoupled":{"type":"boolean"},
            "warm_up_excluded_s":{"type":"integer"},"stopped_excluded_s":{"type":"integer"},"analysed_s":{"type":"integer"},"method":{"type":"string"}},
            "required":["basis","percent","decoupled","method"]},
          "stress":{"type":"object","properties":{"score":{"type":"number"},"stress_method":{"type":"string"},"method":{"type":"string"},"normalized_power_w":{"type":["number","null"]},"intensity_factor":{"type":["number","null"]},
            "threshold_sources":{"type":"object","additionalProperties":{"type":"string"}}},"required":["score","stress_method","method","threshold_sources"]},
          "effort":{"type":["object","null"],"properties":{"label":{"type":"string"},"intensity_factor":{"type":["number","null"]},"heart_rate_reserve":{"type":["number","null"]}}}},
         "required":["provider","activity_id","sport_type","method","duration_s","distance_m","splits","variability","stress"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["activity_id", "provider"]);
        var request = new ActivityRequest(call.RequiredString("activity_id"), call.OptionalProvider());
        return ToolOutcome.From(await analysis.AnalyzeAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private const string Method =
        "per part: kilometre splits and Karvonen heart-rate zones (descriptive); variability as coefficients of variation and NP/average power; "
        + "decoupling and stress name their own methods; the effort label maps IF onto Coggan's levels (Allen & Coggan 2010) or % of heart-rate reserve onto Karvonen's zones";

    private static ToolOutcome View(AnalyzedActivity analyzed)
    {
        var (activity, a) = (analyzed.Activity, analyzed.Analysis);
        var effort = a.Effort is { } e ? EffortLevel.Label(e) : null;
        var zones = a.HeartRateZoneTimes;
        var text = $"{SessionType.SportName(activity.Sport)} {activity.DistanceMeters / 1000:0.0} km in {TimeSpan.FromSeconds(a.DurationSeconds):h\\:mm\\:ss}: "
            + $"{(effort is null ? "effort not rated" : $"{effort} effort")}, stress {a.Stress.Stress:0} ({StressMethods.Name(a.Stress.Method)}), {a.Splits.Count} splits"
            + (a.Decoupling is { } d ? $", decoupling {Numbers.Round(d.Percent):0.0} %{(d.Decoupled ? " (over 5 %)" : string.Empty)}." : ".");
        return ToolOutcome.Success(
            new
            {
                provider = analyzed.Provider,
                activity_id = activity.Id,
                sport_type = activity.Sport.ToString().ToLowerInvariant(),
                duration_s = a.DurationSeconds,
                distance_m = activity.DistanceMeters,
                method = Method,
                average_heartrate = Numbers.Round(a.AverageHeartRate),
                average_watts = Numbers.Round(a.AveragePowerWatts),
                splits = a.Splits.Select(s => new
                {
                    km = s.Number, distance_m = Numbers.Round(s.DistanceMeters), duration_s = Numbers.Round(s.DurationSeconds),
                    pace_s_per_km = Numbers.Round(s.PaceSecondsPerKm), average_heartrate = Numbers.Round(s.AverageHeartRate),
                }),
                heart_rate_zones = zones is null ? null : new
                {
                    zones = zones.Zones.Select(z => new { zone = z.Zone.Number, name = z.Zone.Name, low_bpm = z.Zone.Low, high_bpm = z.Zone.High, seconds = z.Seconds }),
                    below_zone_1_s = zones.BelowZonesSeconds,
                    no_data_s = zones.NoDataSeconds,
                },
                variability = new
                {
                    speed_cv = Numbers.Round(a.SpeedVariation, 3), power_cv = Numbers.Round(a.PowerVariation, 3), variability_index = Numbers.Round(a.VariabilityIndex, 3),
                },
                decoupling = a.Decoupling is not { } drift ? null : new
                {
                    basis = drift.Basis switch { DecouplingBasis.Power => "power:hr", DecouplingBasis.GradedPace => "graded_pace:hr", _ => "pace:hr" },
                    first_half_per_beat = Numbers.Round(drift.FirstHalfRatio, 4), second_half_per_beat = Numbers.Round(drift.SecondHalfRatio, 4),
                    percent = Numbers.Round(drift.Percent, 2), decoupled = drift.Decoupled,
                    warm_up_excluded_s = drift.WarmUpSeconds, stopped_excluded_s = drift.StoppedSeconds, analysed_s = drift.AnalysedSeconds,
                    method = AerobicDecoupling.Method,
                },
                stress = new
                {
                    score = Numbers.Round(a.Stress.Stress), stress_method = StressMethods.Name(a.Stress.Method), method = StressMethods.Describe(a.Stress.Method),
                    normalized_power_w = Numbers.Round(a.Stress.NormalizedPowerWatts), intensity_factor = Numbers.Round(a.Stress.IntensityFactor, 3),
                    threshold_sources = analyzed.ThresholdSources,
                },
                effort = effort is null ? null : new
                {
                    label = effort, intensity_factor = Numbers.Round(a.Stress.IntensityFactor, 3), heart_rate_reserve = Numbers.Round(a.HeartRateReserve, 3),
                },
            },
            text);
    }
}
