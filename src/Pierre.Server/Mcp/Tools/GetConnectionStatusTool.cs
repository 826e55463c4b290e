using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetConnectionStatusTool(ConnectionService connections, ProviderRegistry providers) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_connection_status",
        "Show connected providers",
        "Lists the providers connected to the user's account and those available to connect.",
        """{"type":"object","properties":{},"additionalProperties":false}""",
        """{"type":"object","properties":{"connections":{"type":"array","items":{"type":"object","properties":{"provider":{"type":"string"},"connected_at":{"type":"string","format":"date-time"},"last_sync_at":{"type":["string","null"]}},"required":["provider","connected_at"]}},"available":{"type":"array","items":{"type":"string"}}},"required":["connections","available"]}""",
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown([]);
        var list = await connections.ListAsync(call.Caller.TenantId, call.Caller.UserId, cancellationToken).ConfigureAwait(false);
        var text = list.Count == 0
            ? "No provider connected. Use connect_provider (\"synthetic\" works at once)."
            : $"Connected: {string.Join(", ", list.Select(c => c.Provider))}.";
        return ToolOutcome.Success(
            new
            {
                connections = list.Select(c => new { provider = c.Provider, connected_at = c.ConnectedAt, last_sync_at = c.LastSyncAt }),
                available = providers.Installed.Where(p => p.Configured).Select(p => p.Name),
            },
            text);
    }
}
