namespace Pierre.Providers.OAuth;

/// <summary>An access token and the OAuth client it was issued to (an app-wide rate budget is the client's).</summary>
public sealed record ProviderAccess(string AccessToken, string ClientId)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"ProviderAccess {{ ClientId = {ClientId} }}";
}
