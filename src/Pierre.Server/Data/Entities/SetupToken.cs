namespace Pierre.Server.Data.Entities;

/// <summary>A one-time token, printed at a start with no admin, that creates the first admin; stored as its SHA-256.</summary>
internal sealed class SetupToken
{
    public Guid Id { get; set; }
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
