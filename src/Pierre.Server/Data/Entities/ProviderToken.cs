namespace Pierre.Server.Data.Entities;

/// <summary>A provider's OAuth tokens, each encrypted with AAD bound to tenant, user and provider.</summary>
internal sealed class ProviderToken : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Provider { get; set; }
    public required string AccessTokenEncrypted { get; set; }
    public string? RefreshTokenEncrypted { get; set; }
    public DateTime? ExpiresAt { get; set; }

    /// <summary>The OAuth client the tokens were issued to: a refresh must use the same one.</summary>
    public string? ClientId { get; set; }
    public DateTime UpdatedAt { get; set; }
}
