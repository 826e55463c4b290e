namespace Pierre.Server.Connections;

/// <summary>A connection completed at the provider's callback, with the scopes the user granted.</summary>
internal sealed record ProviderConnected(string Provider, IReadOnlyList<string> Scopes, string Message);
