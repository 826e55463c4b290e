namespace Pierre.Server.Connections;

/// <summary>
/// One installed provider as a caller sees it: whether this server (or the caller's tenant) can connect it, whether
/// the caller has, whether tools read it when they name no provider, and how to set it up when it cannot be connected yet.
/// </summary>
internal sealed record ProviderListing(
    string Provider,
    bool Configured,
    bool Connected,
    string Connects,
    IReadOnlyList<string> Capabilities,
    DateTime? ConnectedAt,
    IReadOnlyList<string> Scopes,
    string? SetUp,
    bool IsDefault);
