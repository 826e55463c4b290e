using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

internal sealed class SetDefaultProviderTool(ConnectionWorkflow workflow, ProviderRegistry providers) : IMcpTool
{
    public static readonly ToolDescriptor Definition = new(
        "set_default_provider",
        "Choose the default data provider",
        "Chooses the connected provider that tools read when they are not given a provider argument. Called without a provider, it lets Pierre pick again: the most recently connected real provider, then the synthetic demo.",
        """{"type":"object","properties":{"provider":{"type":"string","description":"A connected provider; leave out to let Pierre pick"}},"additionalProperties":false}""",
        """{"type":"object","properties":{"default_provider":{"type":["string","null"]},"message":{"type":"string"}},"required":["default_provider","message"]}""",
        ReadOnly: false, Destructive: false, Idempotent: true, OpenWorld: false, Group: ToolGroup.Connections);

    public ToolDescriptor Descriptor => Definition;

    public async Task<ToolOutcome> InvokeAsync(ToolInvocation call, CancellationToken cancellationToken)
    {
        call.RejectUnknown(["provider"]);
        var provider = ProviderArgument.Read(call, providers, required: false);
        var result = await workflow.SetDefaultAsync(call.Caller.Caller, provider, cancellationToken).ConfigureAwait(false);
        return ToolOutcome.From(result, set => ToolOutcome.Success(new { default_provider = set.Provider, message = set.Message }, set.Message));
    }
}
