namespace Pierre.Server.Data.Entities;

/// <summary>One counted request: by key or by user, on a route or a tool.</summary>
internal sealed class ApiKeyUsage : ITenantOwned
{
    public long Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid? ApiKeyId { get; set; }
    public required string Operation { get; set; }
    public int StatusCode { get; set; }
    public int DurationMs { get; set; }
    public DateTime Timestamp { get; set; }
}
