using System.Security.Claims;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Mcp;

/// <summary>Who is calling a tool, the same on HTTP, stdio and TCP (a ClaimsPrincipal parameter would not be).</summary>
internal sealed record McpCaller(Guid UserId, Guid TenantId, TenantPlan Plan, ClaimsPrincipal Principal)
{
    public static Guid? UserIdOf(ClaimsPrincipal principal) => AuthManager.UserId(principal);
}
