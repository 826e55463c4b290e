namespace Pierre.Server.Data.Entities;

/// <summary>
/// An A2A agent client registered by a user: it acts for that user, in that tenant, through its own API key and only
/// with the capabilities granted (tool group ids or tool names). It is never an account that can sign in.
/// </summary>
internal sealed class A2AAgent : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid UserId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Contact { get; set; }

    /// <summary>Space-separated tool group ids and tool names.</summary>
    public required string Capabilities { get; set; }
    public Guid ApiKeyId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
