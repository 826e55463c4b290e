using Pierre.Fitness.Load;
using Pierre.Server.Analysis;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class AnalyzeTrainingLoadTool(TrainingAnalysisService training) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_training_load",
        "Training load (CTL, ATL, TSB)",
        "Chronic training load (CTL, 42-day fitness), acute load (ATL, 7-day fatigue), form (TSB = yesterday's CTL − ATL, the form entering today, as TrainingPeaks defines it) and the acute:chronic workload ratio (EWMA 7:28 of daily load, Williams et al. 2017; its bands 0.8–1.3 and > 1.5 are associations from team-sport studies, not an injury risk measured for you), with plain-language status and the last 8 weeks. Each activity is scored on the TSS scale with its own sport's thresholds (TSS from the provider's weighted average power (NP) and cycling FTP, else from average power, labelled as under-reading; sTSS from CSS for swims; HRSS from average heart rate and the sport's LTHR; rTSS from average pace for runs; session RPE × minutes (Foster 2001) when only perceived exertion is known; else 50 per hour): `stress_methods` counts activities per method, `recent_sessions` gives each of the last ten with its `stress_method`, and `threshold_sources` says whether each threshold came from settings, the provider, an estimate from recent activities, or a default.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"date":{"type":"string"},"ctl":{"type":"number"},"atl":{"type":"number"},
          "tsb":{"type":"number"},"acwr":{"type":["number","null"]},"acwr_method":{"type":"string"},"tsb_method":{"type":"string"},"acwr_bands":{"type":"string"},
          "previous_day":{"type":"object","properties":{"date":{"type":"string"},"ctl":{"type":"number"},"atl":{"type":"number"}}},"form_status":{"type":"string"},"acwr_status":{"type":"string"},
          "smoothing":{"type":"object"},"stress_methods":{"type":"object","additionalProperties":{"type":"integer"}},
          "method":{"type":"string"},"stress_method_references":{"type":"object","additionalProperties":{"type":"string"}},
          "thresholds":{"type":"object","properties":{"cycling_ftp_watts":{"type":["number","null"]},"cycling_lthr_bpm":{"type":"number"},"running_lthr_bpm":{"type":"number"},
            "running_threshold_pace_s_per_km":{"type":["number","null"]},"swimming_css_s_per_100m":{"type":["number","null"]}}},
          "threshold_sources":{"type":"object","additionalProperties":{"type":"string"}},
          "recent_sessions":{"type":"array","items":{"type":"object","properties":{"activity_id":{"type":"string"},"date":{"type":"string"},"sport_type":{"type":"string"},
            "stress":{"type":"number"},"stress_method":{"type":"string"}},"required":["activity_id","date","sport_type","stress","stress_method"]}},
          "partial_data":{"type":"string","description":"present when fewer days of activities were found than CTL needs to settle"},
          "weekly":{"type":"array","items":{"type":"object","properties":{"week_ending":{"type":"string"},"stress":{"type":"number"},"ctl":{"type":"number"},"atl":{"type":"number"}}}}},
         "required":["provider","ctl","atl","tsb","form_status","acwr_status","weekly","method","stress_methods","threshold_sources","recent_sessions"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        return ToolOutcome.From(await training.TrainingLoadAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(AthleteLoad athleteLoad)
    {
        var (provider, load) = athleteLoad;
        var today = load.Today;
        var tsb = today.Form;
        var yesterday = load.Series.Count > 1 ? load.Series[^2] : null;
        var weekly = load.Series.Reverse().Chunk(7).Take(8).Select(week => new
        {
            week_ending = week[0].Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            stress = Math.Round(week.Sum(d => d.Stress)),
            ctl = Math.Round(week[0].Fitness, 1),
            atl = Math.Round(week[0].Fatigue, 1),
        });
        var text = $"CTL {today.Fitness:0.0}, ATL {today.Fatigue:0.0}, TSB {tsb:+0.0;-0.0} ({LoadStatus.Form(tsb)}); ACWR {today.AcuteChronicRatio:0.00} ({TrainingLoad.AcwrMethod}: {LoadStatus.AcuteChronic(today.AcuteChronicRatio)}).";
        return ToolOutcome.Success(
            new
            {
                provider,
                date = today.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ctl = Math.Round(today.Fitness, 1),
                atl = Math.Round(today.Fatigue, 1),
                tsb = Math.Round(tsb, 1),
                acwr = today.AcuteChronicRatio is { } r ? Math.Round(r, 2) : (double?)null,
                form_status = LoadStatus.Form(tsb),
                acwr_status = LoadStatus.AcuteChronic(today.AcuteChronicRatio),
                acwr_method = TrainingLoad.AcwrMethod,
                acwr_bands = LoadStatus.AcuteChronicBands,
                tsb_method = TrainingLoad.FormMethod,
                previous_day = yesterday is null ? null : new
                {
                    date = yesterday.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ctl = Math.Round(yesterday.Fitness, 1),
                    atl = Math.Round(yesterday.Fatigue, 1),
                },
                smoothing = new
                {
                    ctl_days = TrainingLoad.ChronicDays, atl_days = TrainingLoad.AcuteDays,
                    ctl_lambda = Math.Round(TrainingLoad.Smoothing(TrainingLoad.ChronicDays), 4),
                    atl_lambda = Math.Round(TrainingLoad.Smoothing(TrainingLoad.AcuteDays), 4),
                },
                method = $"CTL and ATL: exponentially weighted daily stress, time constants {TrainingLoad.ChronicDays} and {TrainingLoad.AcuteDays} days (Banister's impulse-response model as Coggan's performance-management chart uses it); daily stress per activity by `stress_methods`",
                stress_methods = load.Methods.ToDictionary(m => StressMethods.Name(m.Key), m => m.Value),
                stress_method_references = load.Methods.Keys.ToDictionary(StressMethods.Name, StressMethods.Describe),
                thresholds = ThresholdView.Of(load.Context.Athlete),
                threshold_sources = load.Context.ThresholdSources,
                recent_sessions = load.Sessions.Take(10).Select(s => new
                {
                    activity_id = s.Activity.Id,
                    date = s.Activity.StartTime.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    sport_type = s.Activity.Sport.ToString().ToLowerInvariant(),
                    stress = Math.Round(s.Stress, 1),
                    stress_method = StressMethods.Name(s.Method),
                }),
                weekly,
                partial_data = PartialData(load),
            },
            text);
    }

    /// <summary>Why CTL may read low: the activities read cover fewer days than its 42-day average needs to settle.</summary>
    private static string? PartialData(TrainingLoadToday load)
    {
        var days = load.FirstActivity is { } first ? load.Today.Date.DayNumber - first.DayNumber + 1 : 0;
        return days >= TrainingLoad.ChronicDays
            ? null
            : days == 0
                ? $"no activities in the last {TrainingLoadReport.WindowDays} days read; CTL and ATL start from zero"
                : $"activities cover only {days} days (since {load.FirstActivity:yyyy-MM-dd}) of the last {TrainingLoadReport.WindowDays} read; CTL, a {TrainingLoad.ChronicDays}-day average, has not settled yet";
    }
}
