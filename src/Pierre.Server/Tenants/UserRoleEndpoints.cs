using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pierre.Server.Admin;
using Pierre.Server.Errors;

namespace Pierre.Server.Tenants;

/// <summary><c>PUT /admin/users/{id}/role</c>; mapped onto the <c>/admin</c> group so its authorization applies.</summary>
internal static class UserRoleEndpoints
{
    public static RouteGroupBuilder MapUserRoleEndpoints(this RouteGroupBuilder group)
    {
        group.MapPut("/users/{id:guid}/role", SetRoleAsync).WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        return group;
    }

    private static async Task<Results<Ok<UserRoleView>, ProblemHttpResult>> SetRoleAsync(
        Guid id, SetRoleRequest request, ClaimsPrincipal caller, UserRoleService roles, CancellationToken ct)
    {
        var result = await roles.SetRoleAsync(caller, id, request, ct).ConfigureAwait(false);
        return result.Value is { } view ? TypedResults.Ok(view) : result.Refusal!.ToProblem();
    }
}
