using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pierre.Server.Admin;
using Pierre.Server.Errors;

namespace Pierre.Server.Tenants;

/// <summary><c>/admin/tenants/{id}/oauth[/{provider}]</c>; mapped onto the <c>/admin</c> group so its authorization applies.</summary>
internal static class TenantOAuthAppEndpoints
{
    public static RouteGroupBuilder MapTenantOAuthAppEndpoints(this RouteGroupBuilder group)
    {
        var permission = new AdminPermission(AdminAccess.ManageTenants);
        group.MapGet("/tenants/{id:guid}/oauth", async (Guid id, ClaimsPrincipal caller, TenantOAuthAppService apps, CancellationToken ct) =>
            (await apps.ListAsync(caller, id, ct).ConfigureAwait(false)).ToOk()).WithMetadata(permission);
        group.MapPut("/tenants/{id:guid}/oauth/{provider}", SetAsync).WithMetadata(permission);
        group.MapDelete("/tenants/{id:guid}/oauth/{provider}", async (Guid id, string provider, ClaimsPrincipal caller, TenantOAuthAppService apps, CancellationToken ct) =>
            (await apps.DeleteAsync(caller, id, provider.ToLowerInvariant(), ct).ConfigureAwait(false)).ToNoContent()).WithMetadata(permission);
        return group;
    }

    private static async Task<Results<Ok<TenantOAuthAppView>, ProblemHttpResult>> SetAsync(
        Guid id, string provider, SetOAuthAppRequest request, ClaimsPrincipal caller, TenantOAuthAppService apps, CancellationToken ct) =>
        (await apps.SetAsync(caller, id, provider.ToLowerInvariant(), request, ct).ConfigureAwait(false)).ToOk();
}
