using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Server.Errors;
using Pierre.Server.Mcp;
using Pierre.Server.Tenants;
using Pierre.Server.Usage;

namespace Pierre.Server.Admin;

internal static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policies.Admin);
        group.AddEndpointFilter(RequirePermission);

        group.MapGet("/users", async (string? status, ClaimsPrincipal caller, AdminUserService users, CancellationToken ct) =>
            (await users.ListAsync(caller, status, ct).ConfigureAwait(false)).ToOk()).WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        group.MapPost("/users/{id:guid}/approve", async (Guid id, ClaimsPrincipal caller, AdminUserService users, CancellationToken ct) =>
            (await users.ApproveAsync(caller, id, ct).ConfigureAwait(false)).ToOk()).WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        group.MapPost("/users/{id:guid}/suspend", async (Guid id, ClaimsPrincipal caller, AdminUserService users, CancellationToken ct) =>
            (await users.SuspendAsync(caller, id, ct).ConfigureAwait(false)).ToOk()).WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        group.MapPost("/users/{id:guid}/password", async (Guid id, SetPasswordRequest request, ClaimsPrincipal caller, AdminUserService users, CancellationToken ct) =>
            (await users.SetPasswordAsync(caller, id, request, ct).ConfigureAwait(false)).ToNoContent()).WithMetadata(new AdminPermission(AdminAccess.ManageUsers));
        group.MapGet("/users/{id:guid}/api-keys", ListUserKeysAsync).WithMetadata(new AdminPermission(AdminAccess.ViewApiKeys));

        group.MapGet("/tokens", async (AdminTokenService tokens, CancellationToken ct) =>
            TypedResults.Ok(await tokens.ListAsync(ct).ConfigureAwait(false))).WithMetadata(new AdminPermission(AdminAccess.ManageTokens));
        group.MapPost("/tokens", CreateTokenAsync).WithMetadata(new AdminPermission(AdminAccess.ManageTokens));
        group.MapDelete("/tokens/{id:guid}", async (Guid id, ClaimsPrincipal caller, AdminTokenService tokens, CancellationToken ct) =>
            (await tokens.RevokeAsync(caller, id, ct).ConfigureAwait(false)).ToNoContent())
            .WithMetadata(new AdminPermission(AdminAccess.ManageTokens));

        group.MapGet("/tenants", async (TenantService tenants, CancellationToken ct) =>
            TypedResults.Ok(await tenants.ListAsync(ct).ConfigureAwait(false))).WithMetadata(new AdminPermission(AdminAccess.ManageTenants));
        group.MapPost("/tenants", async Task<Results<Created<TenantView>, ProblemHttpResult>> (CreateTenantRequest request, ClaimsPrincipal caller, TenantService tenants, CancellationToken ct) =>
            (await tenants.CreateAsync(caller, request, ct).ConfigureAwait(false)).TryGetValue(out var tenant, out var refusal)
                ? TypedResults.Created($"/admin/tenants/{tenant.Id}", tenant)
                : refusal.ToProblem()).WithMetadata(new AdminPermission(AdminAccess.ManageTenants));
        group.MapPut("/tenants/{id:guid}/plan", async (Guid id, SetTenantPlanRequest request, ClaimsPrincipal caller, TenantService tenants, CancellationToken ct) =>
            (await tenants.SetPlanAsync(caller, id, request, ct).ConfigureAwait(false)).ToOk()).WithMetadata(new AdminPermission(AdminAccess.ManageTenants));
        group.MapPut("/tenants/{id:guid}/tools/{name}", async (Guid id, string name, ToolOverrideRequest request, ClaimsPrincipal caller, TenantService tenants, ToolCatalog catalog, CancellationToken ct) =>
            (await tenants.SetToolAsync(caller, id, name, request, catalog.ByName.Keys, ct).ConfigureAwait(false)).ToOk()).WithMetadata(new AdminPermission(AdminAccess.ManageTools));

        group.MapGet("/audit", async (
            [FromQuery(Name = "tenant_id")] Guid? tenantId, string? action, [FromQuery(Name = "before_id")] long? beforeId, int? limit,
            ClaimsPrincipal caller, AuditLogService audit, CancellationToken ct) =>
            (await audit.ListAsync(caller, tenantId, action, beforeId, limit, ct).ConfigureAwait(false)).ToOk())
            .WithMetadata(new AdminPermission(AdminAccess.ViewOperations));
        return group;
    }

    /// <summary><c>POST /admin/setup</c>: the one-time token from the first-run banner creates the first admin.</summary>
    public static IEndpointRouteBuilder MapAdminSetup(this IEndpointRouteBuilder app)
    {
        app.MapPost("/admin/setup", async Task<Results<Created<SetupResult>, ProblemHttpResult>> (SetupRequest request, FirstRunSetup setup, CancellationToken ct) =>
                (await setup.CompleteAsync(request, ct).ConfigureAwait(false)).TryGetValue(out var admin, out var refusal)
                    ? TypedResults.Created($"/admin/users/{admin.Id}", admin)
                    : refusal.ToProblem())
            .AllowAnonymous()
            .WithMetadata(AdminPermission.Public)
            .RequireRateLimiting(RateLimitPolicies.Setup);
        return app;
    }

    private static async Task<Results<Ok<List<ApiKeyView>>, ProblemHttpResult>> ListUserKeysAsync(
        Guid id, ClaimsPrincipal caller, AdminUserService users, ApiKeyService keys, CancellationToken ct)
    {
        var user = await users.FindAsync(caller, id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return Problems.NotFound("user");
        }

        return AdminUserService.AboveCaller(caller, user) is { } refused
            ? refused.ToProblem()
            : TypedResults.Ok(await keys.ListAsync(user.TenantId, user.Id, ct).ConfigureAwait(false));
    }

    private static async Task<Results<Created<CreatedAdminToken>, ProblemHttpResult>> CreateTokenAsync(
        CreateAdminTokenRequest request, ClaimsPrincipal caller, AdminTokenService tokens, CancellationToken ct)
    {
        var created = await tokens.CreateAsync(caller, request, ct).ConfigureAwait(false);
        return created.Value is { } token ? TypedResults.Created($"/admin/tokens/{token.Id}", token) : created.Refusal!.ToProblem();
    }

    internal static async ValueTask<object?> RequirePermission(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var permission = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<AdminPermission>();
        if (permission is null)
        {
            return Problems.Forbidden("this admin route declares no permission, so nobody may call it");
        }

        return permission != AdminPermission.Public && !AdminAccess.Allows(context.HttpContext.User, permission.Name)
            ? Problems.Forbidden($"this needs the {permission.Name} permission")
            : await next(context).ConfigureAwait(false);
    }
}
