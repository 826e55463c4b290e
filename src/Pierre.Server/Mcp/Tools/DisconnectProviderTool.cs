using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class DisconnectProviderTool(ConnectionService connections, ProviderRegistry providers) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "disconnect_provider",
        "Disconnect a data provider",
        "Disconnects a provider from the user's account and deletes its stored tokens.",
        """{"type":"object","properties":{"provider":{"type":"string","description":"Provider to disconnect"}},"required":["provider"],"additionalProperties":false}""",
        """{"type":"object","properties":{"provider":{"type":"string"},"disconnected":{"type":"boolean"},"message":{"type":"string"}},"required":["provider","disconnected","message"]}""",
        ReadOnly: false, Destructive: true, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var provider = ProviderArgument.Read(call, providers, required: true)!;

        var removed = await connections.DisconnectAsync(call.Caller.TenantId, call.Caller.UserId, provider, cancellationToken).ConfigureAwait(false);
        var message = removed ? $"{provider} is disconnected." : $"{provider} was not connected; nothing changed.";
        return ToolOutcome.Success(new { provider, disconnected = removed, message }, message);
    }
}
