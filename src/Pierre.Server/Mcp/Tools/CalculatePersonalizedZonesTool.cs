using Pierre.Fitness.Zones;
using Pierre.Server.Analysis;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculatePersonalizedZonesTool(PerformanceService performance) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_personalized_zones",
        "Personal training zones",
        "Heart-rate zones (Karvonen, from resting and maximum heart rate), power zones (Coggan, from FTP) and running paces (Daniels, from the VDOT of the best run of the last 180 days). max_hr_formula picks the estimate used when the profile has no measured maximum. `estimates` gives FTP (0.95 × best 20-min power), LTHR (0.95 × best 20-min heart rate) and threshold pace (Daniels T) from the last 90 days, used when nothing is configured.",
        """
        {"type":"object","properties":{"provider":{"type":"string"},
          "max_hr_formula":{"type":"string","enum":["measured","tanaka","fox","nes","gulati"],"default":"measured"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"max_heart_rate":{"type":"number"},"resting_heart_rate":{"type":"number"},
          "ftp_watts":{"type":["number","null"]},"ftp_source":{"type":["string","null"]},"vdot":{"type":["number","null"]},
          "estimates":{"type":"object","properties":{"ftp_watts":{"type":["number","null"]},"cycling_lthr_bpm":{"type":["number","null"]},"running_lthr_bpm":{"type":["number","null"]},
            "threshold_pace_s_per_km":{"type":["number","null"]},"activities_read":{"type":"integer"},"window_days":{"type":"integer"},
            "activities_qualified":{"type":"integer"},"activities_with_bests":{"type":"integer"}}},
          "partial_data":{"type":"string","description":"present when the estimates rest on part of the window's activities, and why"},
          "heart_rate_zones":{"type":"array"},"power_zones":{"type":["array","null"]},"pace_zones_s_per_km":{"type":["array","null"]}},
         "required":["provider","max_heart_rate","resting_heart_rate","heart_rate_zones"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider", "max_hr_formula"]);
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
        return ToolOutcome.From(await performance.ZonesAsync(call.Caller.Caller, new ZonesRequest(provider, formula), cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(PersonalZones zones)
    {
        var estimate = zones.Estimates;
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
            partial_data = estimate.IsPartial
                ? $"estimates use the best efforts of {estimate.ActivitiesWithBests} of the {estimate.ActivitiesQualified} qualifying activities of the last {estimate.WindowDays} days; the rest are read on later calls, so ask again for the full estimate"
                : null,
        });
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v) : null;
}
