namespace Pierre.Server.Data.Entities;

/// <summary>
/// A started OAuth connection, found again by the <c>state</c> the provider sends back (stored as its SHA-256): single
/// use, short-lived, bound to the user and tenant who started it. The PKCE verifier is encrypted.
/// </summary>
internal sealed class OAuthState : ITenantOwned
{
    public Guid Id { get; set; }
    public required string StateHash { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Provider { get; set; }
    public required string RedirectUri { get; set; }
    public string? CodeVerifierEncrypted { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
}
