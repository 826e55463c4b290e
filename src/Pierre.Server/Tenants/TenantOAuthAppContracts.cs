namespace Pierre.Server.Tenants;

internal sealed record SetOAuthAppRequest(string? ClientId, string? ClientSecret);

/// <summary>A tenant's OAuth app as an admin sees it: never the secret.</summary>
internal sealed record TenantOAuthAppView(Guid TenantId, string Provider, string ClientId, DateTime UpdatedAt);
