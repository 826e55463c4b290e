namespace Pierre.Server.Data.Entities;

/// <summary>A user's physiological profile and overrides (JSON), read by every analysis tool.</summary>
internal sealed class UserConfiguration : ITenantOwned
{
    public Guid UserId { get; set; }
    public Guid TenantId { get; set; }
    public required string Profile { get; set; }
    public required string OverridesJson { get; set; }

    /// <summary>The provider tools read when none is named; null means the most recently connected real one.</summary>
    public string? DefaultProvider { get; set; }
    public DateTime UpdatedAt { get; set; }
}
