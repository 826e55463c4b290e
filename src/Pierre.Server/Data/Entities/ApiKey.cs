namespace Pierre.Server.Data.Entities;

/// <summary>A user's API key: only its SHA-256 and a short display prefix are stored.</summary>
internal sealed class ApiKey : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    public required string KeyHash { get; set; }
    public required string KeyPrefix { get; set; }
    public ApiKeyTier Tier { get; set; }

    /// <summary>Requests allowed per calendar month; null means unlimited.</summary>
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}

internal enum ApiKeyTier
{
    Trial = 0,
    Starter = 1,
    Professional = 2,
    Enterprise = 3,
}
