namespace Pierre.Server.Connections;

/// <summary>
/// What asking to connect did: connected at once (synthetic), or an <see cref="AuthorizationUrl"/> the user opens to
/// grant access at the provider.
/// </summary>
internal sealed record ConnectStarted(string Provider, bool Connected, bool AlreadyConnected, Uri? AuthorizationUrl, string Message);
