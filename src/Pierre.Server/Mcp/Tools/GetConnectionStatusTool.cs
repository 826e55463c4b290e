using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class GetConnectionStatusTool(ConnectionWorkflow workflow) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "get_connection_status",
        "Show connected providers",
        "Lists the providers connected to the user's account, the default one tools read, those available to connect, and for each installed provider whether this server can connect it and what it provides.",
        """{"type":"object","properties":{},"additionalProperties":false}""",
        """
        {"type":"object","properties":{
          "connections":{"type":"array","items":{"type":"object","properties":{"provider":{"type":"string"},"connected_at":{"type":"string","format":"date-time"},"scopes":{"type":"array","items":{"type":"string"}}},"required":["provider","connected_at"]}},
          "available":{"type":"array","items":{"type":"string"}},
          "default_provider":{"type":["string","null"]},
          "providers":{"type":"array","items":{"type":"object","properties":{"provider":{"type":"string"},"configured":{"type":"boolean"},"connected":{"type":"boolean"},"connects":{"type":"string"},"capabilities":{"type":"array","items":{"type":"string"}},"set_up":{"type":["string","null"]}},"required":["provider","configured","connected","connects"]}}},
         "required":["connections","available","default_provider","providers"]}
        """,
        ReadOnly: true, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Connections);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown([]);
        var listing = await workflow.ListAsync(call.Caller.Caller, cancellationToken).ConfigureAwait(false);
        var connected = listing.Where(p => p.Connected).ToList();
        var text = connected.Count == 0
            ? "No provider connected. Use connect_provider (\"synthetic\" works at once)."
            : $"Connected: {string.Join(", ", connected.Select(c => c.Provider))}; tools read {listing.First(p => p.IsDefault).Provider} when given no provider.";
        var notSetUp = listing.Where(p => !p.Configured).Select(p => p.SetUp).ToList();
        return ToolOutcome.Success(
            new
            {
                connections = connected.Select(c => new { provider = c.Provider, connected_at = c.ConnectedAt, scopes = c.Scopes }),
                available = listing.Where(p => p.Configured).Select(p => p.Provider),
                default_provider = listing.FirstOrDefault(p => p.IsDefault)?.Provider,
                providers = listing.Select(p => new
                {
                    provider = p.Provider, configured = p.Configured, connected = p.Connected, connects = p.Connects, capabilities = p.Capabilities, set_up = p.SetUp,
                }),
            },
            notSetUp.Count == 0 ? text : $"{text} {string.Join(' ', notSetUp)}");
    }
}
