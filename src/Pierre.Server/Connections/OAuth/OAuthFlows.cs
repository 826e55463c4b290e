using System.Collections.Frozen;
using Pierre.Providers.OAuth;

namespace Pierre.Server.Connections.OAuth;

/// <summary>The OAuth flows of the installed providers, by provider name.</summary>
internal sealed class OAuthFlows(IEnumerable<IOAuthFlow> flows)
{
    private readonly FrozenDictionary<string, IOAuthFlow> _byProvider = flows.ToFrozenDictionary(f => f.Provider, StringComparer.Ordinal);

    public IOAuthFlow? Find(string provider) => _byProvider.GetValueOrDefault(provider);
}
