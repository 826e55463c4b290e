using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculatePersonalizedZonesTool(AthleteProfiles profiles, ActivitySource source, ThresholdFinder thresholds, TimeProvider clock) : IMcpTool
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
          "estimates":{"type":"object","properties":{"ftp_watts":{"type":["number","null"]},"lactate_threshold_heart_rate":{"type":["number","null"]},
            "threshold_pace_s_per_km":{"type":["number","null"]},"activities_read":{"type":"integer"},"window_days":{"type":"integer"}}},
          "heart_rate_zones":{"type":"array"},"power_zones":{"type":["array","null"]},"pace_zones_s_per_km":{"type":["array","null"]}},
         "required":["provider","max_heart_rate","resting_heart_rate","heart_rate_zones"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider", "max_hr_formula"]);
        var formula = call.OptionalString("max_hr_formula", 16)?.ToLowerInvariant() switch
        {
            null or "measured" => (MaxHeartRateFormula?)null,
            "tanaka" => MaxHeartRateFormula.Tanaka,
            "fox" => MaxHeartRateFormula.Fox,
            "nes" => MaxHeartRateFormula.Nes,
            "gulati" => MaxHeartRateFormula.Gulati,
            _ => throw new ToolArgumentException("argument 'max_hr_formula' must be measured, tanaka, fox, nes or gulati"),
        };
        var (context, error) = await profiles.ResolveAsync(call, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            return error;
        }

        var provider = context!.Provider;
        var athlete = context.Athlete;
        var maxHr = formula is { } f ? MaxHeartRate.Estimate(athlete.AgeYears, f)!.Value : athlete.MaxHeartRate;
        if (HeartRateZones.Karvonen(athlete.RestingHeartRate, maxHr) is not { } heartRateZones)
        {
            return ToolOutcome.Error($"Resting heart rate {athlete.RestingHeartRate} must be below maximum {maxHr:0}; correct it with update_user_configuration.");
        }

        var since = clock.GetUtcNow().AddDays(-180);
        var vdot = (await source.ActivitiesAsync(provider, call.Caller.Account, cancellationToken).ConfigureAwait(false))
            .Where(a => a.Sport == Sport.Run && a.StartTime >= since)
            .Select(a => Vdot.FromRace(a.DistanceMeters, a.DurationSeconds))
            .Max();
        var estimate = await thresholds.EstimateAsync(provider, call.Caller.Account, cancellationToken).ConfigureAwait(false);
        var ftp = athlete.FtpWatts ?? estimate.FtpWatts;
        var power = ftp is { } watts ? PowerZones.Coggan(watts) : null;
        var paces = vdot is { } v ? PaceZones.Daniels(v) : null;
        return ToolOutcome.Success(new
        {
            provider,
            max_heart_rate = Math.Round(maxHr),
            resting_heart_rate = athlete.RestingHeartRate,
            ftp_watts = ftp is { } f2 ? Math.Round(f2) : (double?)null,
            ftp_source = athlete.FtpWatts is not null ? "configured" : ftp is not null ? "estimated" : null,
            vdot = vdot is { } x ? Math.Round(x, 1) : (double?)null,
            heart_rate_zones = heartRateZones,
            power_zones = power,
            pace_zones_s_per_km = paces,
            estimates = new
            {
                ftp_watts = Round(estimate.FtpWatts),
                lactate_threshold_heart_rate = Round(estimate.LactateThresholdHeartRate),
                threshold_pace_s_per_km = Round(estimate.ThresholdPaceSecondsPerKm),
                activities_read = estimate.ActivitiesRead,
                window_days = estimate.WindowDays,
            },
        });
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v) : null;
}
