namespace Pierre.Server.Data.Entities;

/// <summary>
/// A one-time invitation into a tenant with a role, for one email; stored as its token's SHA-256. Registering with
/// the token spends it (<see cref="UsedAt"/>); an admin may revoke it before.
/// </summary>
internal sealed class Invitation : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>Normalized as registration normalizes it, so the two compare as equal strings.</summary>
    public required string Email { get; set; }
    public UserRole Role { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public Guid? UsedByUserId { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>The inviting user; null for an admin token or the command line.</summary>
    public Guid? CreatedByUserId { get; set; }
    public Guid? CreatedByAdminTokenId { get; set; }
}
