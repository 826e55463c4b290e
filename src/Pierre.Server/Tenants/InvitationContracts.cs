namespace Pierre.Server.Tenants;

internal sealed record CreateInvitationRequest(string? Email, string? Role);

/// <summary>A new invitation with its token, shown this once; <see cref="Register"/> is the command the invitee runs.</summary>
internal sealed record CreatedInvitation(
    Guid Id, Guid TenantId, string Email, string Role, string Token, DateTime ExpiresAt, string Register);

internal sealed record InvitationView(
    Guid Id, Guid TenantId, string Email, string Role, string Status, DateTime CreatedAt, DateTime ExpiresAt, DateTime? UsedAt, DateTime? RevokedAt);
