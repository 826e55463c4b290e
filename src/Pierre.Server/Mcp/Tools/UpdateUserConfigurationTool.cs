using Pierre.Server.Settings;

namespace Pierre.Server.Mcp.Tools;

internal sealed class UpdateUserConfigurationTool(SettingsService settings) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "update_user_configuration",
        "Change your configuration",
        "Sets the training profile and/or overrides physiological values (age, sex, weight, height, resting/max HR, and thresholds per sport: cycling_ftp_watts, cycling_lthr_bpm, running_lthr_bpm, running_threshold_pace_s_per_km, swimming_css_s_per_100m; see get_configuration_catalog). A null value clears an override. Invalid values are refused with the reason and nothing is saved.",
        ConfigurationOutput.InputSchema,
        ConfigurationOutput.OutputSchema,
        ReadOnly: false, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Configuration);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var change = ConfigurationOutput.Read(call);
        return ToolOutcome.From(
            await settings.UpdateAsync(call.Caller.Caller, change, cancellationToken).ConfigureAwait(false),
            saved => ToolOutcome.Success(ConfigurationOutput.View(saved, includeCheck: false)));
    }
}
