namespace Pierre.Server.Data.Entities;

internal sealed class Tenant
{
    public const string DefaultSlug = "default";

    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public TenantPlan Plan { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Tenant plans in ascending order: a tenant's plan bounds the API key tiers and tools its users get.</summary>
internal enum TenantPlan
{
    Starter = 1,
    Professional = 2,
    Enterprise = 3,
}
