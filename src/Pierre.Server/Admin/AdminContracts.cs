namespace Pierre.Server.Admin;

internal sealed record AdminUserView(
    Guid Id, string Email, string DisplayName, string Role, Guid TenantId, string Status, DateTime CreatedAt, DateTime? LastLoginAt);

internal sealed record SetPasswordRequest(string? NewPassword);

internal sealed record CreateAdminTokenRequest(string? Name, IReadOnlyList<string>? Permissions, bool? IsSuperAdmin, int? ExpiresInDays);

internal sealed record CreatedAdminToken(
    Guid Id, string Name, string Token, string TokenPrefix, IReadOnlyList<string> Permissions, bool IsSuperAdmin, DateTime? ExpiresAt);

internal sealed record AdminTokenView(
    Guid Id, string Name, string TokenPrefix, IReadOnlyList<string> Permissions, bool IsSuperAdmin, DateTime CreatedAt,
    DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

internal sealed record CreateTenantRequest(string? Name, string? Slug, string? Plan);

internal sealed record SetTenantPlanRequest(string? Plan);

internal sealed record TenantView(Guid Id, string Name, string Slug, string Plan, DateTime CreatedAt);

internal sealed record ToolOverrideRequest(bool? Enabled);

internal sealed record ToolOverrideView(Guid TenantId, string Tool, bool Enabled);
