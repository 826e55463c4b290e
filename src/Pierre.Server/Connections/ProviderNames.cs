using Pierre.Providers.Synthetic;

namespace Pierre.Server.Connections;

/// <summary>The providers a user can connect; real OAuth providers join when their issue lands.</summary>
internal static class ProviderNames
{
    public const string Synthetic = SyntheticAthlete.ProviderName;

    public static readonly IReadOnlyList<string> Supported = [Synthetic];
}
