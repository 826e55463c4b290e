namespace Pierre.Server.Configuration;

/// <summary>
/// A provider's OAuth client and endpoints from the environment. The URLs default to the provider's real ones; tests
/// point them at local fakes. Without a client id the provider is listed as not configured.
/// </summary>
internal sealed record OAuthProviderSettings(string? ClientId, string? ClientSecret, Uri AuthUrl, Uri TokenUrl, Uri ApiBase, Uri RevokeUrl)
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"OAuthProviderSettings {{ ClientId = {ClientId}, ApiBase = {ApiBase} }}";

    public static OAuthProviderSettings Read(
        EnvironmentReader env, EnvironmentVariable clientId, EnvironmentVariable clientSecret, EnvironmentVariable authUrl,
        EnvironmentVariable tokenUrl, EnvironmentVariable apiBase, EnvironmentVariable revokeUrl)
    {
        var id = env.Optional(clientId);
        var secret = env.Optional(clientSecret);
        if (id is not null && secret is null)
        {
            throw new ConfigurationException(clientSecret.Name, $"is required when {clientId.Name} is set");
        }

        return new OAuthProviderSettings(id, secret, env.Url(authUrl), env.Url(tokenUrl), env.Url(apiBase), env.Url(revokeUrl));
    }
}
