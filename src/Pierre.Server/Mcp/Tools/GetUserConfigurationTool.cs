using Pierre.Server.Intelligence;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetUserConfigurationTool(ConfigurationEditor editor) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_user_configuration",
        "Your configuration",
        "The user's training profile, the settings they have overridden, and the values every analysis uses (the connected provider's profile with the overrides applied).",
        """{"type":"object","properties":{"provider":{"type":"string"}},"additionalProperties":false}""",
        ConfigurationEditor.OutputSchema,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var current = await editor.ProposeAsync(call, cancellationToken).ConfigureAwait(false);
        return ToolOutcome.Success(current.View(includeCheck: false));
    }
}
