namespace Pierre.Server.Connections.OAuth;

/// <summary>A started connection as the callback finds it again: who started it, for which provider, and the PKCE verifier.</summary>
internal sealed record StartedFlow(Guid TenantId, Guid UserId, string Provider, Uri RedirectUri, string? CodeVerifier);
