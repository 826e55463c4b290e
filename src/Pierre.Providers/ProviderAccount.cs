namespace Pierre.Providers;

/// <summary>Whose data a provider reads: the Pierre user within their tenant.</summary>
public sealed record ProviderAccount(Guid TenantId, Guid UserId);
