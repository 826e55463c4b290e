using Pierre.Server.Data.Entities;

namespace Pierre.Server.Connections;

/// <summary>A user's provider connections and the default source they chose (null: Pierre picks, see <see cref="DefaultSource"/>).</summary>
internal sealed record ConnectedSources(IReadOnlyList<ProviderConnection> Connections, string? Chosen)
{
    /// <summary>The provider tools read when they name none, or null when nothing is connected.</summary>
    public string? Default => DefaultSource.Pick(Connections, Chosen);
}
