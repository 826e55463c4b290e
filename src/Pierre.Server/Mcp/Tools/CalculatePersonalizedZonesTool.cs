using Pierre.Fitness.Model;
using Pierre.Fitness.Performance;
using Pierre.Fitness.Zones;
using Pierre.Server.Connections;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class CalculatePersonalizedZonesTool(AthleteProfiles profiles, ActivitySource source, TimeProvider clock) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "calculate_personalized_zones",
        "Personal training zones",
        "Heart-rate zones (Karvonen, from resting and maximum heart rate), power zones (Coggan, from FTP) and running paces (Daniels, from the VDOT of the best run of the last 180 days). max_hr_formula picks the estimate used when the profile has no measured maximum.",
        """
        {"type":"object","properties":{"provider":{"type":"string","enum":["synthetic"]},
          "max_hr_formula":{"type":"string","enum":["measured","tanaka","fox","nes","gulati"],"default":"measured"}},
         "additionalProperties":false}
        """,
        """
        {"type":"object","properties":{"provider":{"type":"string"},"max_heart_rate":{"type":"number"},"resting_heart_rate":{"type":"number"},
          "ftp_watts":{"type":["number","null"]},"vdot":{"type":["number","null"]},
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
        var vdot = source.Activities(provider, call.Caller.UserId)
            .Where(a => a.Sport == Sport.Run && a.StartTime >= since)
            .Select(a => Vdot.FromRace(a.DistanceMeters, a.DurationSeconds))
            .Max();
        var power = athlete.FtpWatts is { } ftp ? PowerZones.Coggan(ftp) : null;
        var paces = vdot is { } v ? PaceZones.Daniels(v) : null;
        return ToolOutcome.Success(new
        {
            provider,
            max_heart_rate = Math.Round(maxHr),
            resting_heart_rate = athlete.RestingHeartRate,
            ftp_watts = athlete.FtpWatts,
            vdot = vdot is { } x ? Math.Round(x, 1) : (double?)null,
            heart_rate_zones = heartRateZones,
            power_zones = power,
            pace_zones_s_per_km = paces,
        });
    }
}
