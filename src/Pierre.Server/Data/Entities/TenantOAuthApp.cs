namespace Pierre.Server.Data.Entities;

/// <summary>A tenant's own OAuth client for a provider; the secret is encrypted.</summary>
internal sealed class TenantOAuthApp : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Provider { get; set; }
    public required string ClientId { get; set; }
    public required string ClientSecretEncrypted { get; set; }
    public string? RedirectUri { get; set; }
    public string? Scopes { get; set; }
    public DateTime CreatedAt { get; set; }
}
