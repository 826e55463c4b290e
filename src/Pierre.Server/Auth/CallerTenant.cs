using System.Security.Claims;

namespace Pierre.Server.Auth;

internal static class CallerTenant
{
    /// <summary>The caller's tenant, or null for a deployment-wide admin token.</summary>
    public static Guid? Of(ClaimsPrincipal caller) =>
        Guid.TryParse(caller.FindFirstValue(PierreClaims.TenantId), out var id) ? id : null;
}
