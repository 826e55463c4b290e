namespace Pierre.Server.Tenants;

internal sealed record SetRoleRequest(string? Role);

internal sealed record UserRoleView(Guid Id, string Email, Guid TenantId, string Role, string PreviousRole);
