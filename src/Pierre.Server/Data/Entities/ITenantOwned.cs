namespace Pierre.Server.Data.Entities;

/// <summary>A row that belongs to one tenant; every query over it filters by <see cref="TenantId"/>.</summary>
internal interface ITenantOwned
{
    Guid TenantId { get; }
}
