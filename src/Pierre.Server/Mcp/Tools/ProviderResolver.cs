using Pierre.Providers.Synthetic;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp.Tools;

/// <summary>
/// Picks the provider a data tool reads: the one named, or else the user's default source, so that no tool fails just
/// because several are connected: a real provider before the synthetic demo, the most recently connected first.
/// </summary>
internal sealed class ProviderResolver(ConnectionService connections, ProviderRegistry providers)
{
    public async Task<(string? Provider, ToolOutcome? Error)> ResolveAsync(ToolInvocation call, CancellationToken ct)
    {
        var named = ProviderArgument.Read(call, providers, required: false);

        var connected = await connections.ListAsync(call.Caller.TenantId, call.Caller.UserId, ct).ConfigureAwait(false);
        if (named is not null)
        {
            return connected.Any(c => c.Provider == named)
                ? (named, null)
                : (null, ToolOutcome.Error($"{named} is not connected. Connect it first with connect_provider (provider: \"{named}\")."));
        }

        return connected.Count == 0
            ? (null, ToolOutcome.Error("No provider is connected. Connect one first with connect_provider; provider \"synthetic\" works at once with a demo athlete."))
            : (connected.OrderBy(c => c.Provider == SyntheticAthlete.ProviderName).ThenByDescending(c => c.ConnectedAt).First().Provider, null);
    }
}
