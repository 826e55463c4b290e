using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class DisconnectProviderTool(ConnectionWorkflow workflow, ProviderRegistry providers) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "disconnect_provider",
        "Disconnect a data provider",
        "Disconnects a provider from the user's account: revokes Pierre's access at the provider when it can, deletes the stored tokens and forgets the data read from it.",
        """{"type":"object","properties":{"provider":{"type":"string","description":"Provider to disconnect"}},"required":["provider"],"additionalProperties":false}""",
        """{"type":"object","properties":{"provider":{"type":"string"},"disconnected":{"type":"boolean"},"revoked_at_provider":{"type":"boolean"},"message":{"type":"string"}},"required":["provider","disconnected","message"]}""",
        ReadOnly: false, Destructive: true, Idempotent: true, OpenWorld: true, Group: ToolGroup.Connections);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var provider = ProviderArgument.Read(call, providers, required: true)!;
        var result = await workflow.DisconnectAsync(call.Caller.Caller, provider, cancellationToken).ConfigureAwait(false);
        return ToolOutcome.From(result, done => ToolOutcome.Success(
            new { provider = done.Provider, disconnected = done.Disconnected, revoked_at_provider = done.RevokedAtProvider, message = done.Message },
            done.Message));
    }
}
