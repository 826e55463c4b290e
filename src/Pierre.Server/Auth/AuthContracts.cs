namespace Pierre.Server.Auth;

internal sealed record RegisterRequest(string? Email, string? Password, string? DisplayName, string? InvitationToken = null);

internal sealed record RegisterResponse(Guid UserId, string Status);

internal sealed record LoginRequest(string? Email, string? Password);

internal sealed record RefreshRequest(string? RefreshToken);

internal sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

internal sealed record UserSummary(Guid Id, string Email, string DisplayName, string Role, Guid TenantId, string Status);

internal sealed record SessionResponse(
    string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, UserSummary User);

/// <summary>A web UI sign-in: whose it is, and the session that ending ends it.</summary>
internal sealed record WebSession(Guid UserId, Guid TenantId, Guid SessionId);
