namespace Pierre.Server.Data.Entities;

/// <summary>An admin's decision to turn one tool on or off for a whole tenant, whatever its plan says.</summary>
internal sealed class TenantToolOverride : ITenantOwned
{
    public Guid TenantId { get; set; }
    public required string ToolName { get; set; }
    public bool Enabled { get; set; }
    public DateTime UpdatedAt { get; set; }
}
