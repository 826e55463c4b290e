using System.Collections.Frozen;
using ModelContextProtocol.Protocol;
using Pierre.Server.Connections;

namespace Pierre.Server.Mcp;

/// <summary>Every tool the server has, by name; which of them a caller sees is <see cref="ToolGate"/>'s decision.</summary>
internal sealed class ToolCatalog(IEnumerable<ToolDescriptor> descriptors, ProviderRegistry providers)
{
    public FrozenDictionary<string, ToolDescriptor> ByName { get; } = descriptors.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Each tool as <c>tools/list</c> shows it, built once since the installed providers are fixed at start.</summary>
    public FrozenDictionary<string, Tool> Protocol { get; } = descriptors.ToFrozenDictionary(d => d.Name, d => d.ToProtocol(providers), StringComparer.Ordinal);

    public IEnumerable<string> Names => ByName.Keys.Order(StringComparer.Ordinal);
}
