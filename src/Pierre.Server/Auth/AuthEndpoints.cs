using Microsoft.AspNetCore.Http.HttpResults;
using System.Security.Claims;
using Pierre.Server.Errors;
using Pierre.Server.Usage;

namespace Pierre.Server.Auth;

internal static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/register", async Task<Results<Created<RegisterResponse>, ProblemHttpResult>> (RegisterRequest request, AuthService auth, CancellationToken ct) =>
                (await auth.RegisterAsync(request, ct).ConfigureAwait(false)).TryGetValue(out var registered, out var refusal)
                    ? TypedResults.Created($"/api/users/{registered.UserId}", registered)
                    : refusal.ToProblem())
            .RequireRateLimiting(RateLimitPolicies.Register);
        group.MapPost("/login", async (LoginRequest request, AuthService auth, CancellationToken ct) => (await auth.LoginAsync(request, ct).ConfigureAwait(false)).ToOk())
            .RequireRateLimiting(RateLimitPolicies.Login);
        group.MapPost("/refresh", async (RefreshRequest request, AuthService auth, CancellationToken ct) => (await auth.RefreshAsync(request, ct).ConfigureAwait(false)).ToOk())
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
