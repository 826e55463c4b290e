using Pierre.Providers.Synthetic;

namespace Pierre.Server.Connections;

/// <summary>The providers a user can connect; real OAuth providers join when their issue lands.</summary>
internal static class ProviderNames
{
    public const string Synthetic = SyntheticAthlete.ProviderName;

    public static readonly IReadOnlyList<string> Supported = [Synthetic];

    /// <summary>The tool argument naming a provider, lower-cased, or null when it is absent.</summary>
    public static string? FromArgument(Mcp.ToolInvocation call, bool required)
    {
        var named = (required ? call.RequiredString("provider") : call.OptionalString("provider", 32))?.ToLowerInvariant();
        return named is null || Supported.Contains(named)
            ? named
            : throw new Mcp.ToolArgumentException($"argument 'provider' must be one of {string.Join(", ", Supported)}");
    }
}
