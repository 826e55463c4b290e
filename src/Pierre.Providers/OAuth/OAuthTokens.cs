namespace Pierre.Providers.OAuth;

/// <summary>Tokens as a provider issued them, with the scopes the user actually granted and the provider's id for them.</summary>
public sealed record OAuthTokens(
    string AccessToken,
    string? RefreshToken,
    DateTimeOffset? ExpiresAt,
    IReadOnlySet<string> Scopes,
    string? ProviderUserId)
{
    /// <summary>Never prints a token.</summary>
    public override string ToString() => $"OAuthTokens {{ ExpiresAt = {ExpiresAt:O}, Scopes = {string.Join(' ', Scopes)}, ProviderUserId = {ProviderUserId} }}";
}
