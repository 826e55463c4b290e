using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class ConnectProviderTool(ConnectionService connections, ProviderRegistry providers) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "connect_provider",
        "Connect a data provider",
        "Connects a fitness data provider to the user's account. 'synthetic' connects at once to a realistic demo athlete with two years of running, cycling and swimming.",
        """{"type":"object","properties":{"provider":{"type":"string","description":"Provider to connect"}},"required":["provider"],"additionalProperties":false}""",
        """{"type":"object","properties":{"provider":{"type":"string"},"connected":{"type":"boolean"},"already_connected":{"type":"boolean"},"message":{"type":"string"}},"required":["provider","connected","already_connected","message"]}""",
        ReadOnly: false, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var provider = ProviderArgument.Read(call, providers, required: true)!;

        var created = await connections.ConnectAsync(call.Caller.TenantId, call.Caller.UserId, provider, cancellationToken).ConfigureAwait(false);
        var message = created
            ? $"{provider} is connected. Try get_activities or get_stats."
            : $"{provider} was already connected.";
        return ToolOutcome.Success(new { provider, connected = true, already_connected = !created, message }, message);
    }
}
