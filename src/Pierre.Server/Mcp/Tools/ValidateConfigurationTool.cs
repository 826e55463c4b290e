using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class ValidateConfigurationTool(ConfigurationEditor editor) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "validate_configuration",
        "Check a configuration change",
        "Checks a profile and/or overrides as update_user_configuration would (bounds, resting < threshold < maximum heart rate) without saving anything; answers valid, the errors and any warnings.",
        ConfigurationEditor.InputSchema,
        ConfigurationEditor.OutputSchema,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var proposal = await editor.ProposeAsync(call, cancellationToken).ConfigureAwait(false);
        var verdict = proposal.Check.IsValid
            ? $"Valid{(proposal.Check.Warnings.Count > 0 ? $", with warnings: {string.Join("; ", proposal.Check.Warnings)}" : string.Empty)}."
            : $"Invalid: {string.Join("; ", proposal.Check.Errors)}.";
        return ToolOutcome.Success(proposal.View(includeCheck: true), verdict);
    }
}
