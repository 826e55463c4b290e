using Pierre.Providers.Synthetic;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Connections;

/// <summary>
/// The provider a request reads when it names none: the one the user chose, while it is connected; otherwise a real
/// provider before the synthetic demo, the most recently connected first.
/// </summary>
internal static class DefaultSource
{
    public static string? Pick(IReadOnlyCollection<ProviderConnection> connected, string? chosen) =>
        chosen is not null && connected.Any(c => c.Provider == chosen)
            ? chosen
            : connected.OrderBy(c => c.Provider == SyntheticAthlete.ProviderName).ThenByDescending(c => c.ConnectedAt).FirstOrDefault()?.Provider;
}
