using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Realtime;

namespace Pierre.Server.Admin;

/// <summary>
/// Approval, suspension and password resets. Users outside the caller's tenant scope look like missing ones; an account
/// whose role is above the caller's is refused (a tenant admin never touches a super-admin).
/// </summary>
internal sealed class AdminUserService(
    PierreDbContext db, AuthService auth, RefreshTokenService refreshTokens, LiveCredentials live, UserEventHub events, TimeProvider clock)
{
    public async Task<Result<List<AdminUserView>>> ListAsync(ClaimsPrincipal caller, string? status, CancellationToken ct)
    {
        var users = Scoped(caller);
        if (status is not null)
        {
            if (!Enum.TryParse<UserStatus>(status, ignoreCase: true, out var wanted) || int.TryParse(status, out _))
            {
                return Refusal.Invalid("status must be pending, active or suspended");
            }

            users = users.Where(u => u.Status == wanted);
        }

        var list = await users.AsNoTracking().OrderBy(u => u.CreatedAt).Take(1000).ToListAsync(ct).ConfigureAwait(false);
        return list.Select(View).ToList();
    }

    public Task<Result<AdminUserView>> ApproveAsync(ClaimsPrincipal caller, Guid id, CancellationToken ct) =>
        ChangeStatusAsync(caller, id, UserStatus.Active, "user.approved", ct);

    public Task<Result<AdminUserView>> SuspendAsync(ClaimsPrincipal caller, Guid id, CancellationToken ct) =>
        ChangeStatusAsync(caller, id, UserStatus.Suspended, "user.suspended", ct);

    public async Task<Refusal?> SetPasswordAsync(ClaimsPrincipal caller, Guid id, SetPasswordRequest request, CancellationToken ct)
    {
        var user = await Scoped(caller).SingleOrDefaultAsync(u => u.Id == id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return Refusal.NotFound("user");
        }

        if (AboveCaller(caller, user) is { } refused)
        {
            return refused;
        }

        db.Record(caller, "user.password_reset", user.TenantId, "user", user.Id.ToString(), clock.GetUtcNow().UtcDateTime);
        return await auth.SetPasswordAsync(user, request.NewPassword, ct).ConfigureAwait(false);
    }

    public async Task<User?> FindAsync(ClaimsPrincipal caller, Guid id, CancellationToken ct) =>
        await Scoped(caller).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct).ConfigureAwait(false);

    /// <summary>A refusal when <paramref name="user"/>'s role is above the caller's; null when the caller may manage them.</summary>
    public static Refusal? AboveCaller(ClaimsPrincipal caller, User user) =>
        AdminAccess.MayManage(caller, user.Role)
            ? null
            : Refusal.Forbidden($"this account's role ({RoleNames.Of(user.Role)}) is above yours ({RoleNames.Of(AdminAccess.RoleOf(caller))})");

    private async Task<Result<AdminUserView>> ChangeStatusAsync(
        ClaimsPrincipal caller, Guid id, UserStatus status, string action, CancellationToken ct)
    {
        var user = await Scoped(caller).SingleOrDefaultAsync(u => u.Id == id, ct).ConfigureAwait(false);
        if (user is null)
        {
            return Refusal.NotFound("user");
        }

        if (AboveCaller(caller, user) is { } refused)
        {
            return refused;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (user.Status != status)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            if (user is { Role: UserRole.SuperAdmin, Status: UserStatus.Active }
                && !await LastSuperAdmin.AnotherActiveAsync(db, user.Id, ct).ConfigureAwait(false))
            {
                return Refusal.Conflict(LastSuperAdmin.Refusal);
            }

            user.Status = status;
            user.UpdatedAt = now;
            db.Record(caller, action, user.TenantId, "user", user.Id.ToString(), now);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            events.AccountStatusChanged(user.TenantId, user.Id, status, now);
        }

        live.AccountChanged(user.Id);
        if (status == UserStatus.Suspended)
        {
            await refreshTokens.RevokeUserSessionsAsync(user.Id, ct).ConfigureAwait(false);
        }

        return View(user);
    }

    private IQueryable<User> Scoped(ClaimsPrincipal caller) =>
        AdminAccess.TenantScope(caller) is { } tenant ? db.Users.Where(u => u.TenantId == tenant) : db.Users;

    private static AdminUserView View(User u) =>
        new(u.Id, u.Email, u.DisplayName, RoleNames.Of(u.Role), u.TenantId, RoleNames.Of(u.Status), u.CreatedAt, u.LastLoginAt);
}
