using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Auth;

namespace Pierre.Server.Connections;

/// <summary>Last night's sleep from a provider the caller connected that records sleep (Fitbit), read through the cache.</summary>
internal sealed class SleepReader(ConnectionService connections, ProviderRegistry providers, ActivitySource source, TimeProvider clock)
{
    /// <summary>The installed providers that record sleep, by name.</summary>
    public IReadOnlyList<string> Installed =>
        [.. providers.Names.Where(name => providers.Get(name) is ISleepSource && providers.Get(name).Capabilities.HasFlag(ProviderCapabilities.Sleep))];

    /// <summary>
    /// The newest sleep (the main one when there are several) that ended today or yesterday (UTC days, which a sleep
    /// filed by local date can straddle), from the most recently connected sleep provider; no provider when none is
    /// connected, no night when it recorded none.
    /// </summary>
    public async Task<SleepReading> LastNightAsync(Caller caller, CancellationToken ct)
    {
        var installed = Installed;
        var connected = (await connections.SourcesAsync(caller.TenantId, caller.UserId, ct).ConfigureAwait(false)).Connections
            .Where(c => installed.Contains(c.Provider))
            .OrderByDescending(c => c.ConnectedAt)
            .FirstOrDefault();
        if (connected is null)
        {
            return new SleepReading(null, null);
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var nights = await source.SleepAsync(connected.Provider, caller.Account, today.AddDays(-1), today, ct).ConfigureAwait(false);
        var night = nights.Where(n => n.IsMainSleep).Concat(nights).FirstOrDefault();
        return new SleepReading(connected.Provider, night);
    }
}
