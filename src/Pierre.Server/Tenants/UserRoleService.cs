using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;

namespace Pierre.Server.Tenants;

/// <summary>
/// Promotions and demotions. A super-admin sets any role; a tenant admin (or an admin token that is not a super-admin
/// one) grants up to admin and never changes an account above its own role. Users outside the caller's tenant scope
/// look missing. The last active super-admin cannot be demoted, so the deployment always keeps one.
/// </summary>
internal sealed class UserRoleService(PierreDbContext db, LiveCredentials live, TimeProvider clock)
{
    public async Task<Result<UserRoleView>> SetRoleAsync(ClaimsPrincipal caller, Guid userId, SetRoleRequest request, CancellationToken ct)
    {
        if (RoleNames.Parse(request.Role) is not { } role)
        {
            return Refusal.Invalid($"role must be {RoleNames.User}, {RoleNames.Admin} or {RoleNames.SuperAdmin}");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var scope = AdminAccess.TenantScope(caller);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId && (scope == null || u.TenantId == scope), ct).ConfigureAwait(false);
        if (user is null)
        {
            return Refusal.NotFound("user");
        }

        // The account is in the caller's own scope (listed by GET /admin/users), so saying no is more honest than a 404.
        if (!AdminAccess.MayManage(caller, user.Role))
        {
            return Refusal.Forbidden($"only a {RoleNames.SuperAdmin} can change the role of a {RoleNames.Of(user.Role)}");
        }

        if (!AdminAccess.MayGrant(caller, role))
        {
            return Refusal.Forbidden($"you cannot grant the {RoleNames.Of(role)} role: it is above what you hold");
        }

        var previous = user.Role;
        if (previous == role)
        {
            return View(user, previous);
        }

        if (previous == UserRole.SuperAdmin && user.Status == UserStatus.Active && !await LastSuperAdmin.AnotherActiveAsync(db, user.Id, ct).ConfigureAwait(false))
        {
            return Refusal.Conflict(LastSuperAdmin.Refusal);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        user.Role = role;
        user.UpdatedAt = now;
        db.Record(caller, "user.role_changed", user.TenantId, "user", user.Id.ToString(), now, $"from={RoleNames.Of(previous)} to={RoleNames.Of(role)}");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        live.AccountChanged(user.Id);
        return View(user, previous);
    }

    private static UserRoleView View(User user, UserRole previous) =>
        new(user.Id, user.Email, user.TenantId, RoleNames.Of(user.Role), RoleNames.Of(previous));
}
