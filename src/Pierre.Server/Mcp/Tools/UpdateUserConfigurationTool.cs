using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class UpdateUserConfigurationTool(ConfigurationEditor editor) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "update_user_configuration",
        "Change your configuration",
        "Sets the training profile and/or overrides physiological values (age, sex, weight, height, resting/max HR, LTHR, FTP, threshold pace; see get_configuration_catalog). A null value clears an override. Invalid values are refused with the reason and nothing is saved.",
        ConfigurationEditor.InputSchema,
        ConfigurationEditor.OutputSchema,
        ReadOnly: false, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        if (call.OptionalString("profile") is null && call.OptionalObject("overrides") is null)
        {
            throw new ToolArgumentException("give a profile, overrides, or both; get_configuration_catalog lists the settings");
        }

        var proposal = await editor.ProposeAsync(call, cancellationToken).ConfigureAwait(false);

        if (!proposal.Check.IsValid)
        {
            return ToolOutcome.Error($"Configuration not saved: {string.Join("; ", proposal.Check.Errors)}.");
        }

        var saved = await editor.SaveAsync(call.Caller, proposal.Settings, cancellationToken).ConfigureAwait(false);
        return ToolOutcome.Success((proposal with { Settings = saved }).View(includeCheck: false));
    }
}
