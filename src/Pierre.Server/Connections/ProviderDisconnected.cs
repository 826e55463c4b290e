namespace Pierre.Server.Connections;

/// <summary>What disconnecting did: whether there was a connection, and whether the provider confirmed the grant is revoked.</summary>
internal sealed record ProviderDisconnected(string Provider, bool Disconnected, bool RevokedAtProvider, string Message);
