using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Errors;

namespace Pierre.Server.Activities;

/// <summary>
/// Picks the provider a data request reads: the one named, or else the user's default source
/// (<see cref="DefaultSource"/>), so that no request fails just because several are connected.
/// </summary>
internal sealed class ProviderResolver(ConnectionService connections)
{
    /// <summary>The provider to read; <paramref name="named"/> is an installed provider's name, or null for the default.</summary>
    public async Task<Result<string>> ResolveAsync(Caller caller, string? named, CancellationToken ct)
    {
        var connected = await connections.ListAsync(caller.TenantId, caller.UserId, ct).ConfigureAwait(false);
        if (named is not null)
        {
            return connected.Any(c => c.Provider == named)
                ? named
                : Refusal.NotConnected($"{named} is not connected. Connect it first with connect_provider (provider: \"{named}\").");
        }

        if (connected.Count == 0)
        {
            return Refusal.NotConnected("No provider is connected. Connect one first with connect_provider; provider \"synthetic\" works at once with a demo athlete.");
        }

        var chosen = await connections.DefaultProviderAsync(caller.TenantId, caller.UserId, ct).ConfigureAwait(false);
        return DefaultSource.Pick(connected, chosen)!;
    }
}
