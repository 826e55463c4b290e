using System.Collections.Frozen;

namespace Pierre.Server.Mcp;

/// <summary>Every tool the server has, by name; which of them a caller sees is <see cref="ToolGate"/>'s decision.</summary>
internal sealed class ToolCatalog(IEnumerable<ToolDescriptor> descriptors)
{
    public FrozenDictionary<string, ToolDescriptor> ByName { get; } = descriptors.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    public IEnumerable<string> Names => ByName.Keys.Order(StringComparer.Ordinal);
}
