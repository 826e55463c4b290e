using Pierre.Fitness.Load;
using Pierre.Server.Analysis;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class AnalyzeTrainingLoadTool(TrainingAnalysisService training) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "analyze_training_load",
        "Training load (CTL, ATL, TSB)",
        "Chronic training load (CTL, 42-day fitness), acute load (ATL, 7-day fatigue), form (TSB = yesterday's CTL − ATL, the form entering today, as TrainingPeaks defines it) and the acute:chronic workload ratio (EWMA 7:28 of daily load, Williams et al. 2017; its bands 0.8–1.3 and > 1.5 are associations from team-sport studies, not an injury risk measured for you), with plain-language status and the last 8 weeks.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"date":{"type":"string"},"ctl":{"type":"number"},"atl":{"type":"number"},
          "tsb":{"type":"number"},"acwr":{"type":["number","null"]},"acwr_method":{"type":"string"},"tsb_method":{"type":"string"},"acwr_bands":{"type":"string"},
          "previous_day":{"type":"object","properties":{"date":{"type":"string"},"ctl":{"type":"number"},"atl":{"type":"number"}}},"form_status":{"type":"string"},"acwr_status":{"type":"string"},
          "smoothing":{"type":"object"},"stress_methods":{"type":"object"},
          "partial_data":{"type":"string","description":"present when fewer days of activities were found than CTL needs to settle"},
          "weekly":{"type":"array","items":{"type":"object","properties":{"week_ending":{"type":"string"},"stress":{"type":"number"},"ctl":{"type":"number"},"atl":{"type":"number"}}}}},
         "required":["provider","ctl","atl","tsb","form_status","acwr_status","weekly"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

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
                stress_methods = load.Methods.ToDictionary(m => m.Key.ToString().ToLowerInvariant(), m => m.Value),
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
