using Pierre.Server.Errors;
using System.Security.Claims;
using Pierre.Server.Auth;

namespace Pierre.Server.ApiKeys;

internal static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeyEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policies.ActiveUser);
        group.MapPost("/", (CreateApiKeyRequest request, ClaimsPrincipal user, ApiKeyService keys, CancellationToken ct) =>
            keys.CreateAsync(user, request, ct));
        group.MapGet("/", async (ClaimsPrincipal user, ApiKeyService keys, CancellationToken ct) =>
            TypedResults.Ok(AuthManager.UserId(user) is { } id && CallerTenant.Of(user) is { } tenant
                ? await keys.ListAsync(tenant, id, ct).ConfigureAwait(false)
                : []));
        group.MapDelete("/{id:guid}", async (Guid id, ClaimsPrincipal user, ApiKeyService keys, CancellationToken ct) =>
            (await keys.RevokeAsync(user, id, ct).ConfigureAwait(false)).ToNoContent());
        return group;
    }
}
