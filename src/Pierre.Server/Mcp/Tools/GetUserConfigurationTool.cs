using Pierre.Server.Settings;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetUserConfigurationTool(SettingsService settings) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_user_configuration",
        "Your configuration",
        "The user's training profile, the settings they have overridden, and the values every analysis uses (the connected provider's profile with the overrides applied).",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        ConfigurationOutput.OutputSchema,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Configuration);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        var request = call.ProviderOnly();
        return ToolOutcome.From(
            await settings.GetAsync(call.Caller.Caller, request, cancellationToken).ConfigureAwait(false),
            current => ToolOutcome.Success(ConfigurationOutput.View(current, includeCheck: false)));
    }
}
