namespace Pierre.Server.Data.Entities;

internal sealed class User : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>Lower-cased, unique across the deployment so login needs no tenant.</summary>
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public UserRole Role { get; set; }
    public UserStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }
}

internal enum UserRole
{
    User = 0,
    Admin = 1,
    SuperAdmin = 2,
}

internal enum UserStatus
{
    Pending = 0,
    Active = 1,
    Suspended = 2,
}
