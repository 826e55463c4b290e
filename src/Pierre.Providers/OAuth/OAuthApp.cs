namespace Pierre.Providers.OAuth;

/// <summary>The OAuth client a connection is made with: a tenant's own app, or the deployment's.</summary>
public sealed record OAuthApp(string ClientId, string ClientSecret)
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"OAuthApp {{ ClientId = {ClientId} }}";
}
