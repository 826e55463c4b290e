namespace Pierre.Providers.OAuth;

/// <summary>
/// The OAuth 2.0 authorization-code flow of one provider (Strava, Fitbit): where to send the user, how to exchange
/// the code, refresh and revoke. Failures throw <see cref="ProviderException"/>; an invalid or revoked refresh token is
/// <see cref="ProviderFailure.Revoked"/>.
/// </summary>
public interface IOAuthFlow
{
    /// <summary>The provider's name, as <see cref="IFitnessProvider.Name"/>.</summary>
    string Provider { get; }

    OAuthScopes Scopes { get; }

    /// <summary>Whether the flow sends a PKCE S256 challenge (and the verifier with the code).</summary>
    bool UsesPkce { get; }

    /// <summary>The deployment's app from the environment, or null when it has none (a tenant may still bring its own).</summary>
    OAuthApp? DeploymentApp { get; }

    Uri AuthorizationUrl(AuthorizationRequest request);

    /// <summary>
    /// Exchanges the code from the callback. <paramref name="grantedScope"/> is the callback's <c>scope</c> parameter,
    /// for providers that report the granted scopes there rather than in the token response (Strava).
    /// </summary>
    Task<OAuthTokens> ExchangeCodeAsync(OAuthApp app, string code, Uri redirectUri, string? codeVerifier, string? grantedScope, CancellationToken cancellationToken);

    Task<OAuthTokens> RefreshAsync(OAuthApp app, string refreshToken, CancellationToken cancellationToken);

    /// <summary>Revokes the grant at the provider (Strava's deauthorize, Fitbit's revoke); best effort.</summary>
    Task RevokeAsync(OAuthApp app, string accessToken, CancellationToken cancellationToken);
}
