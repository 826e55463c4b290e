using System.Security.Claims;
using Pierre.Server.Errors;
using Pierre.Server.Usage;

namespace Pierre.Server.Auth;

internal static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/register", (RegisterRequest request, AuthService auth, CancellationToken ct) => auth.RegisterAsync(request, ct))
            .RequireRateLimiting(RateLimitPolicies.Register);
        group.MapPost("/login", (LoginRequest request, AuthService auth, CancellationToken ct) => auth.LoginAsync(request, ct))
            .RequireRateLimiting(RateLimitPolicies.Login);
        group.MapPost("/refresh", (RefreshRequest request, AuthService auth, CancellationToken ct) => auth.RefreshAsync(request, ct))
            .RequireRateLimiting(RateLimitPolicies.Refresh);
        group.MapPost("/logout", async (ClaimsPrincipal user, AuthService auth, CancellationToken ct) =>
        {
            await auth.LogoutAsync(Guid.TryParse(user.FindFirstValue(PierreClaims.SessionId), out var sid) ? sid : null, ct).ConfigureAwait(false);
            return TypedResults.NoContent();
        }).RequireAuthorization(Policies.ActiveUser);
        group.MapPost("/password", async (ChangePasswordRequest request, ClaimsPrincipal user, AuthService auth, CancellationToken ct) =>
            (await auth.ChangePasswordAsync(AuthManager.UserId(user), request, ct).ConfigureAwait(false)).ToNoContent()).RequireAuthorization(Policies.ActiveUser);
        return group;
    }
}
