using Pierre.Server.Activities;
using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetAthleteTool(ActivityService activities, ThresholdFinder thresholds) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_athlete",
        "Athlete profile",
        "Returns the athlete's profile: name, sex, age, weight, resting and maximum heart rate, and the thresholds per sport (cycling FTP and LTHR, running LTHR and threshold pace, swimming CSS), with the user's own settings (update_user_configuration) in place of the provider's values; `overridden` lists which settings are set. A threshold nobody set is estimated from the stored best efforts of the last 90 days of the same sport only (cycling FTP = 0.95 × best 20-min ride power, Allen & Coggan; LTHR = highest 20-min mean HR of a ride or run of at least 30 min, the window of Friel's 30-min test; threshold pace from the VDOT of the fastest 5 km, 10 km or half marathon within a run, Daniels); calculate_personalized_zones and calculate_critical_power compute those bests, a bounded number of activities per call. `threshold_sources` says settings, provider, estimate, default (LTHR: 90 % of maximum heart rate) or none; `method` names the rules.",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        """
        {"type":"object","properties":{"provider":{"type":"string"},"id":{"type":"string"},"first_name":{"type":"string"},"last_name":{"type":"string"},
          "sex":{"type":"string"},"age_years":{"type":"integer"},"weight_kg":{"type":"number"},"resting_heart_rate":{"type":"integer"},
          "max_heart_rate":{"type":"integer"},"height_cm":{"type":["number","null"]},"profile":{"type":"string"},
          "thresholds":{"type":"object","properties":{"cycling_ftp_watts":{"type":["number","null"]},"cycling_lthr_bpm":{"type":"number"},"running_lthr_bpm":{"type":"number"},
            "running_threshold_pace_s_per_km":{"type":["number","null"]},"swimming_css_s_per_100m":{"type":["number","null"]}}},
          "threshold_sources":{"type":"object","additionalProperties":{"type":"string"}},"method":{"type":"string"},
          "overridden":{"type":"array","items":{"type":"string"}}},
         "required":["provider","id","first_name","last_name","thresholds","threshold_sources","method"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Data);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        var found = await activities.AthleteAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false);
        var completed = found.Value is { } context
            ? await thresholds.CompleteAsync(context, call.Caller.Caller.Account, cancellationToken).ConfigureAwait(false)
            : null;
        return ToolOutcome.From(found, _ => View(completed!));
    }

    private static ToolOutcome View(AthleteContext context)
    {
        var a = context.Athlete;
        return ToolOutcome.Success(new
        {
            provider = context.Provider, id = a.Id, first_name = a.FirstName, last_name = a.LastName, sex = a.Sex.ToString().ToLowerInvariant(),
            age_years = a.AgeYears, weight_kg = a.WeightKg, resting_heart_rate = a.RestingHeartRate, max_heart_rate = a.MaxHeartRate,
            height_cm = a.HeightCm, profile = context.Profile.Name,
            thresholds = ThresholdView.Of(a), threshold_sources = context.ThresholdSources,
            method = ThresholdFinder.Method,
            overridden = ConfigurationView.SetKeys(context.Settings.Overrides),
        });
    }
}
