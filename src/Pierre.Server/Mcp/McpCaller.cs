using System.Security.Claims;
using Pierre.Server.Auth;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Mcp;

/// <summary>
/// Who is calling a tool, the same on HTTP, stdio and TCP (a ClaimsPrincipal parameter would not be): the
/// front-end-neutral <see cref="Auth.Caller"/> that application services take, and the principal the quota counts.
/// </summary>
internal sealed record McpCaller(Caller Caller, ClaimsPrincipal Principal)
{
    public Guid UserId => Caller.UserId;

    public Guid TenantId => Caller.TenantId;

    public TenantPlan Plan => Caller.Plan;
}
