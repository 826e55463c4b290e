namespace Pierre.Providers.OAuth;

/// <summary>What goes into a provider's authorize URL; <see cref="CodeChallenge"/> is the PKCE S256 challenge when the provider uses PKCE.</summary>
public sealed record AuthorizationRequest(OAuthApp App, Uri RedirectUri, string State, string? CodeChallenge);
