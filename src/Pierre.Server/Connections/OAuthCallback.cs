namespace Pierre.Server.Connections;

/// <summary>The query a provider sends the user back with: <c>state</c>, and <c>code</c> (with the granted <c>scope</c>) or <c>error</c>.</summary>
internal sealed record OAuthCallback(string? State, string? Code, string? Error, string? Scope);
