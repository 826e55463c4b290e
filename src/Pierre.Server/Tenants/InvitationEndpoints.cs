using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pierre.Server.Admin;
using Pierre.Server.Errors;

namespace Pierre.Server.Tenants;

/// <summary>Invitations under <c>/admin/tenants/{id}</c>; mapped onto the <c>/admin</c> group so its authorization applies.</summary>
internal static class InvitationEndpoints
{
    public static RouteGroupBuilder MapInvitationEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost("/tenants/{id:guid}/invitations", CreateAsync).WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        group.MapGet("/tenants/{id:guid}/invitations", ListAsync).WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        group.MapDelete("/tenants/{id:guid}/invitations/{invitationId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (
            Guid id, Guid invitationId, ClaimsPrincipal caller, InvitationService invitations, CancellationToken ct) =>
            await invitations.RevokeAsync(caller, id, invitationId, ct).ConfigureAwait(false) is { } refusal ? refusal.ToProblem() : TypedResults.NoContent())
            .WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        return group;
    }

    private static async Task<Results<Created<CreatedInvitation>, ProblemHttpResult>> CreateAsync(
        Guid id, CreateInvitationRequest request, ClaimsPrincipal caller, InvitationService invitations, HttpResponse response, CancellationToken ct)
    {
        var result = await invitations.CreateAsync(caller, id, request, ct).ConfigureAwait(false);
        if (result.Value is not { } invitation)
        {
            return result.Refusal!.ToProblem();
        }

        // The token is shown once: no cache may keep a copy.
        response.Headers.CacheControl = "no-store";
        return TypedResults.Created($"/admin/tenants/{id}/invitations/{invitation.Id}", invitation);
    }

    private static async Task<Results<Ok<List<InvitationView>>, ProblemHttpResult>> ListAsync(
        Guid id, ClaimsPrincipal caller, InvitationService invitations, CancellationToken ct)
    {
        var result = await invitations.ListAsync(caller, id, ct).ConfigureAwait(false);
        return result.Value is { } list ? TypedResults.Ok(list) : result.Refusal!.ToProblem();
    }
}
