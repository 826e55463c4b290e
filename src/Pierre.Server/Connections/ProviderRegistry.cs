using System.Collections.Frozen;
using Pierre.Providers;

namespace Pierre.Server.Connections;

/// <summary>
/// The providers installed in this server, by name: the one list that tool schemas, argument checks and the
/// connection status read, so adding a provider is registering one <see cref="IFitnessProvider"/>.
/// </summary>
internal sealed class ProviderRegistry
{
    private readonly FrozenDictionary<string, IFitnessProvider> _byName;

    public ProviderRegistry(IEnumerable<IFitnessProvider> providers)
    {
        var list = providers.ToList();
        var duplicate = list.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"two providers are registered as '{duplicate.Key}'");
        }

        _byName = list.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
        Names = [.. _byName.Keys.Order(StringComparer.Ordinal)];
        Installed = [.. Names.Select(n => _byName[n]).Select(p => new InstalledProvider(p.Name, p.IsConfigured, p.ConnectMode))];
    }

    /// <summary>Every installed provider's name, in ordinal order.</summary>
    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<InstalledProvider> Installed { get; }

    public IFitnessProvider? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The provider of a name already checked against <see cref="Names"/> (a stored connection, a validated argument).</summary>
    public IFitnessProvider Get(string name) =>
        Find(name) ?? throw new ArgumentOutOfRangeException(nameof(name), name, "no such provider is installed");
}
