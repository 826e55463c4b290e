using Pierre.Fitness.Zones;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculatePersonalizedZonesTool(PerformanceService performance) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_personalized_zones",
        "Personal training zones",
        "Heart-rate zones (Karvonen, from resting and maximum heart rate), power zones (Coggan, from FTP) and running paces (Daniels, from the VDOT of the best run of the last 180 days). max_hr_formula picks the estimate used when the profile has no measured maximum. `estimates` gives FTP (0.95 × best 20-min power), LTHR (0.95 × best 20-min heart rate) and threshold pace (Daniels T) from the last 90 days, used when nothing is configured. "
        + "Beside FTP it reports critical power and W′ (2-parameter model, Monod & Scherrer 1965, fitted on the best 5- and 20-min powers of the last 90 days, as calculate_critical_power does); "
        + "power_anchor 'cp' builds the power zones on the intensity domains around CP instead (Poole et al. 2016: below CP, severe up to the 2-min power CP + W′/120 s, extreme above); FTP stays the default anchor. "
        + "Swim pace zones (per 100 m, Swim Smooth's anchors around CSS) appear when CSS is known: from swim_css_s_per_100m, else fitted on the stored fastest 400 m and 1 km swims.",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "max_hr_formula":{"type":"string","enum":["measured","tanaka","fox","nes","gulati"],"default":"measured"},
          "power_anchor":{"type":"string","enum":["ftp","cp"],"default":"ftp","description":"ftp: Coggan's seven zones from FTP; cp: the intensity domains around critical power"},
          "swim_css_s_per_100m":{"type":"number","minimum":40,"maximum":400,"description":"critical swim speed as pace (s per 100 m), e.g. from a 400 m and 200 m test; without it the swimming_css_s_per_100m setting, else a fit on stored swims"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"max_heart_rate":{"type":"number"},"resting_heart_rate":{"type":"number"},
          "ftp_watts":{"type":["number","null"]},"ftp_source":{"type":["string","null"]},"vdot":{"type":["number","null"]},
          "estimates":{"type":"object","properties":{"ftp_watts":{"type":["number","null"]},"cycling_lthr_bpm":{"type":["number","null"]},"running_lthr_bpm":{"type":["number","null"]},
            "threshold_pace_s_per_km":{"type":["number","null"]},"activities_read":{"type":"integer"},"window_days":{"type":"integer"},
            "activities_qualified":{"type":"integer"},"activities_with_bests":{"type":"integer"}}},
          "partial_data":{"type":"string","description":"present when the estimates rest on part of the window's activities, and why"},
          "heart_rate_zones":{"type":"array"},"power_zones":{"type":["array","null"]},"pace_zones_s_per_km":{"type":["array","null"]},
          "power_anchor":{"type":"string","enum":["ftp","cp"]},"power_zones_method":{"type":["string","null"]},
          "critical_power":{"type":["object","null"],"properties":{"critical_power_w":{"type":"number"},"w_prime_j":{"type":"number"},"r_squared":{"type":"number"},
            "efforts":{"type":"array","items":{"type":"object","properties":{"duration_s":{"type":"number"},"power_w":{"type":"number"},"label":{"type":["string","null"]}}}},
            "source":{"type":"string"},"partial_data":{"type":"boolean"},"model":{"type":"string"}},"required":["critical_power_w","w_prime_j","r_squared","efforts","model"]},
          "critical_power_missing":{"type":["string","null"],"description":"why there is no critical power"},
          "swim_css_s_per_100m":{"type":["number","null"]},"swim_css_source":{"type":["string","null"]},"swim_pace_zones_s_per_100m":{"type":["array","null"]},
          "method":{"type":"string"}},
         "required":["provider","max_heart_rate","resting_heart_rate","heart_rate_zones","power_anchor","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Analysis);

    private const string CogganMethod = "Coggan's seven power zones as % of FTP (Allen & Coggan 2010)";

    private const string Method =
        "heart rate: Karvonen reserve zones (Karvonen, Kentala & Mustala 1957); power: " + CogganMethod + " by default, or " + CriticalPowerZones.Method
        + " with power_anchor 'cp'; critical power and W′: 2-parameter linear work–time model (Monod & Scherrer 1965); running paces: Daniels' VDOT "
        + "(Daniels' Running Formula); swimming: " + SwimPaceZones.Method;

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider", "max_hr_formula", "power_anchor", "swim_css_s_per_100m"]);
        var provider = call.OptionalProvider();
        var formula = call.OptionalString("max_hr_formula", 16)?.ToLowerInvariant() switch
        {
            null or "measured" => (MaxHeartRateFormula?)null,
            "tanaka" => MaxHeartRateFormula.Tanaka,
            "fox" => MaxHeartRateFormula.Fox,
            "nes" => MaxHeartRateFormula.Nes,
            "gulati" => MaxHeartRateFormula.Gulati,
            _ => throw new ToolArgumentException("argument 'max_hr_formula' must be measured, tanaka, fox, nes or gulati"),
        };
        var anchor = call.OptionalString("power_anchor", 8)?.ToLowerInvariant() switch
        {
            null or "ftp" => PowerAnchor.Ftp,
            "cp" => PowerAnchor.CriticalPower,
            _ => throw new ToolArgumentException("argument 'power_anchor' must be ftp or cp"),
        };
        var css = call.OptionalNumber("swim_css_s_per_100m", 40, 400);
        var request = new ZonesRequest(provider, formula, anchor, css);
        return ToolOutcome.From(await performance.ZonesAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(PersonalZones zones)
    {
        var estimate = zones.Estimates;
        var critical = zones.Critical;
        return ToolOutcome.Success(new
        {
            provider = zones.Provider,
            max_heart_rate = Math.Round(zones.MaxHeartRate),
            resting_heart_rate = zones.RestingHeartRate,
            ftp_watts = Round(zones.FtpWatts),
            ftp_source = zones.FtpWatts is null ? null : zones.FtpEstimated ? "estimated" : "configured",
            vdot = zones.Vdot is { } x ? Math.Round(x, 1) : (double?)null,
            heart_rate_zones = zones.HeartRateZones,
            power_zones = zones.PowerZones,
            pace_zones_s_per_km = zones.PaceZones,
            estimates = new
            {
                ftp_watts = Round(estimate.FtpWatts),
                cycling_lthr_bpm = Round(estimate.Thresholds.CyclingLthrBpm),
                running_lthr_bpm = Round(estimate.Thresholds.RunningLthrBpm),
                threshold_pace_s_per_km = Round(estimate.ThresholdPaceSecondsPerKm),
                activities_read = estimate.ActivitiesRead,
                window_days = estimate.WindowDays,
                activities_qualified = estimate.ActivitiesQualified,
                activities_with_bests = estimate.ActivitiesWithBests,
            },
            power_anchor = critical.Anchor == PowerAnchor.CriticalPower ? "cp" : "ftp",
            power_zones_method = zones.PowerZones is null ? null : critical.Anchor == PowerAnchor.CriticalPower ? CriticalPowerZones.Method : CogganMethod,
            critical_power = critical.CriticalPower is not { CriticalPowerWatts: { } cp, WPrimeJoules: { } wPrime } fit ? null : new
            {
                critical_power_w = Math.Round(cp, 1),
                w_prime_j = Math.Round(wPrime),
                r_squared = Math.Round(fit.RSquared, 4),
                efforts = fit.Efforts.Select(e => new { duration_s = e.DurationSeconds, power_w = e.PowerWatts is { } w ? Math.Round(w, 1) : (double?)null, label = e.Label }),
                source = fit.Source,
                partial_data = fit.PartialData,
                model = CriticalPowerService.Model,
            },
            critical_power_missing = critical.CriticalPowerMissing,
            swim_css_s_per_100m = critical.SwimCssSecondsPer100Meters is { } css ? Math.Round(css, 1) : (double?)null,
            swim_css_source = critical.SwimCssSource,
            swim_pace_zones_s_per_100m = critical.SwimZones,
            method = Method,
            partial_data = estimate.IsPartial
                ? $"estimates use the best efforts of {estimate.ActivitiesWithBests} of the {estimate.ActivitiesQualified} qualifying activities of the last {estimate.WindowDays} days; the rest are read on later calls, so ask again for the full estimate"
                : null,
        });
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v) : null;
}
