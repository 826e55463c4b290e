using Microsoft.EntityFrameworkCore;
using Pierre.Server.Admin;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Tenants;

/// <summary>
/// Whether whoever sent an invitation could still send it now: an invitation must not outlive its sender's power (a
/// tenant admin suspended or demoted, an admin token revoked or expired, cannot come back through invitations they
/// made before).
/// </summary>
internal static class InviterStanding
{
    public static async Task<bool> StillMayGrantAsync(PierreDbContext db, Invitation invitation, DateTime now, CancellationToken ct)
    {
        if (invitation.CreatedByUserId is { } userId)
        {
            var inviter = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.Role, u.Status, u.TenantId }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            return inviter is { Status: UserStatus.Active } && inviter.Role >= UserRole.Admin && inviter.Role >= invitation.Role
                   && (inviter.Role == UserRole.SuperAdmin || inviter.TenantId == invitation.TenantId);
        }

        if (invitation.CreatedByAdminTokenId is { } tokenId)
        {
            var token = await db.AdminTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tokenId, ct).ConfigureAwait(false);
            if (token is null || token.RevokedAt is not null || token.ExpiresAt is { } expires && expires <= now)
            {
                return false;
            }

            var held = AdminTokenFormat.ParsePermissions(token.Permissions);
            return token.IsSuperAdmin || (invitation.Role == UserRole.Admin ? AdminAccess.TenantAdmin.All(held.Contains) : held.Contains(AdminAccess.ManageUsers));
        }

        // Made on the server's own command line, by its operator.
        return true;
    }
}
