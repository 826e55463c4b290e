using Pierre.Server.Settings;

namespace Pierre.Server.Mcp.Tools;

internal sealed class ValidateConfigurationTool(SettingsService settings) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "validate_configuration",
        "Check a configuration change",
        "Checks a profile and/or overrides as update_user_configuration would (bounds, resting < threshold < maximum heart rate) without saving anything; answers valid, the errors and any warnings.",
        ConfigurationOutput.InputSchema,
        ConfigurationOutput.OutputSchema,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Configuration);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var change = ConfigurationOutput.Read(call);
        return ToolOutcome.From(await settings.ValidateAsync(call.Caller.Caller, change, cancellationToken).ConfigureAwait(false), proposal =>
        {
            var verdict = proposal.Check.IsValid
                ? $"Valid{(proposal.Check.Warnings.Count > 0 ? $", with warnings: {string.Join("; ", proposal.Check.Warnings)}" : string.Empty)}."
                : $"Invalid: {string.Join("; ", proposal.Check.Errors)}.";
            return ToolOutcome.Success(ConfigurationOutput.View(proposal, includeCheck: true), verdict);
        });
    }
}
