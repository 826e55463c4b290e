namespace Pierre.Server.Data.Entities;

/// <summary>A user's link to one data provider (strava, fitbit, synthetic, files).</summary>
internal sealed class ProviderConnection : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Provider { get; set; }
    public string? ProviderUserId { get; set; }
    public string? Scopes { get; set; }
    public DateTime ConnectedAt { get; set; }
    public DateTime? LastSyncAt { get; set; }
}
