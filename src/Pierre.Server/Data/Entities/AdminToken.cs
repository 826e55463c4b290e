namespace Pierre.Server.Data.Entities;

/// <summary>A deployment-wide token for operators and automation, stored as its SHA-256.</summary>
internal sealed class AdminToken
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public required string TokenPrefix { get; set; }

    /// <summary>Comma-separated permission names.</summary>
    public required string Permissions { get; set; }
    public bool IsSuperAdmin { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
}
