using System.Security.Claims;
using Pierre.Providers;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Mcp;

/// <summary>Who is calling a tool, the same on HTTP, stdio and TCP (a ClaimsPrincipal parameter would not be).</summary>
internal sealed record McpCaller(Guid UserId, Guid TenantId, TenantPlan Plan, ClaimsPrincipal Principal)
{
    /// <summary>Whose data the caller's provider reads.</summary>
    public ProviderAccount Account => new(TenantId, UserId);

    public static Guid? UserIdOf(ClaimsPrincipal principal) => AuthManager.UserId(principal);
}
