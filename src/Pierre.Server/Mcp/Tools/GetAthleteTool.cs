using Pierre.Server.Activities;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetAthleteTool(ActivityService activities) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_athlete",
        "Athlete profile",
        "Returns the athlete's profile: name, sex, age, weight, resting and maximum heart rate, LTHR, FTP and threshold pace, with the user's own settings (update_user_configuration) in place of the provider's values; `overridden` lists which.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"id":{"type":"string"},"first_name":{"type":"string"},"last_name":{"type":"string"},
          "sex":{"type":"string"},"age_years":{"type":"integer"},"weight_kg":{"type":"number"},"resting_heart_rate":{"type":"integer"},
          "max_heart_rate":{"type":"integer"},"ftp_watts":{"type":["number","null"]},"threshold_pace_s_per_km":{"type":["number","null"]},
          "lactate_threshold_heart_rate":{"type":["number","null"]},"height_cm":{"type":["number","null"]},"profile":{"type":"string"},
          "overridden":{"type":"array","items":{"type":"string"}}},
         "required":["provider","id","first_name","last_name"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        return ToolOutcome.From(await activities.AthleteAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false), View);
    }

    private static ToolOutcome View(AthleteContext context)
    {
        var a = context.Athlete;
        return ToolOutcome.Success(new
        {
            provider = context.Provider, id = a.Id, first_name = a.FirstName, last_name = a.LastName, sex = a.Sex.ToString().ToLowerInvariant(),
            age_years = a.AgeYears, weight_kg = a.WeightKg, resting_heart_rate = a.RestingHeartRate, max_heart_rate = a.MaxHeartRate,
            ftp_watts = a.FtpWatts, threshold_pace_s_per_km = a.ThresholdPaceSecondsPerKm,
            lactate_threshold_heart_rate = a.LactateThresholdHeartRate, height_cm = a.HeightCm, profile = context.Profile.Name,
            overridden = ConfigurationView.SetKeys(context.Settings.Overrides),
        });
    }
}
