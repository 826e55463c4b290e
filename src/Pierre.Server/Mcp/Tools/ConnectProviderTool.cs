using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class ConnectProviderTool(ConnectionWorkflow workflow, ProviderRegistry providers) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "connect_provider",
        "Connect a data provider",
        "Connects a fitness data provider to the user's account. 'synthetic' connects at once to a realistic demo athlete with two years of running, cycling and swimming. Strava and Fitbit answer an authorization_url: show it to the user, who opens it, approves access at the provider, and comes back; the connection is then ready.",
        """{"type":"object","properties":{"provider":{"type":"string","description":"Provider to connect"}},"required":["provider"],"additionalProperties":false}""",
        """{"type":"object","properties":{"provider":{"type":"string"},"connected":{"type":"boolean"},"already_connected":{"type":"boolean"},"authorization_url":{"type":["string","null"]},"message":{"type":"string"}},"required":["provider","connected","already_connected","message"]}""",
        ReadOnly: false, Destructive: false, Idempotent: true, OpenWorld: true, Group: ToolGroup.Connections);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var provider = ProviderArgument.Read(call, providers, required: true)!;
        var result = await workflow.ConnectAsync(call.Caller.Caller, provider, cancellationToken).ConfigureAwait(false);
        return ToolOutcome.From(result, started => ToolOutcome.Success(
            new
            {
                provider = started.Provider, connected = started.Connected, already_connected = started.AlreadyConnected,
                authorization_url = started.AuthorizationUrl?.AbsoluteUri, message = started.Message,
            },
            started.Message));
    }
}
