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
        var sources = await connections.SourcesAsync(caller.TenantId, caller.UserId, ct).ConfigureAwait(false);
        if (named is not null)
        {
            return sources.Connections.Any(c => c.Provider == named)
                ? named
                : Refusal.NotConnected($"{named} is not connected. Connect it first with connect_provider (provider: \"{named}\").");
        }

        return sources.Default is { } source
            ? source
            : Refusal.NotConnected("No provider is connected. Connect one first with connect_provider; provider \"synthetic\" works at once with a demo athlete.");
    }
}
