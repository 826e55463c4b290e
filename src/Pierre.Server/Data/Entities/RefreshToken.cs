namespace Pierre.Server.Data.Entities;

/// <summary>A rotating refresh token, stored as its SHA-256; a family shares one login so reuse can revoke them all.</summary>
internal sealed class RefreshToken : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid FamilyId { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? ConsumedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
