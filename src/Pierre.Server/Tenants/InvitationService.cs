using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Admin;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Errors;
using Pierre.Server.Security;

namespace Pierre.Server.Tenants;

/// <summary>
/// One-time invitations into a tenant with a role, for the REST API and <c>tenant invite</c>. A null caller is the
/// operator on the command line. A tenant outside the caller's scope looks like a missing one.
/// </summary>
internal sealed class InvitationService(PierreDbContext db, ServerConfig config, TimeProvider clock)
{
    public const string TokenPrefix = "pit_";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<Result<CreatedInvitation>> CreateAsync(ClaimsPrincipal? caller, Guid tenantId, CreateInvitationRequest request, CancellationToken ct)
    {
        if (!await IsVisibleAsync(caller, tenantId, ct).ConfigureAwait(false))
        {
            return Refusal.NotFound("tenant");
        }

        var email = CredentialRules.NormalizeEmail(request.Email);
        if (email is null)
        {
            return Refusal.Invalid("email is not a valid address");
        }

        if ((request.Role is null ? UserRole.User : RoleNames.Parse(request.Role)) is not { } role)
        {
            return Refusal.Invalid($"role must be {RoleNames.User} or {RoleNames.Admin}");
        }

        if (caller is not null && !AdminAccess.MayGrant(caller, role))
        {
            return Refusal.Forbidden($"you cannot grant the {RoleNames.Of(role)} role: it is above what you hold");
        }

        if (role == UserRole.SuperAdmin)
        {
            return Refusal.Invalid(
                $"an invitation grants {RoleNames.User} or {RoleNames.Admin}; promote an account with PUT /admin/users/{{id}}/role");
        }

        if (await db.Users.AnyAsync(u => u.Email == email, ct).ConfigureAwait(false))
        {
            return Refusal.Conflict("an account with this email already exists, and accounts do not move between tenants");
        }

        var token = TokenPrefix + SecretTokens.NewBase62(40);
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Email = email,
            Role = role,
            TokenHash = SecretTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            CreatedByUserId = caller is null ? null : AuthManager.UserId(caller),
            CreatedByAdminTokenId = Guid.TryParse(caller?.FindFirstValue(PierreClaims.AdminTokenId), out var tokenId) ? tokenId : null,
        };
        db.Invitations.Add(invitation);
        db.Record(caller, "invitation.created", tenantId, "invitation", invitation.Id.ToString(), now, $"email={email} role={RoleNames.Of(role)}");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new CreatedInvitation(
            invitation.Id, tenantId, email, RoleNames.Of(role), token, invitation.ExpiresAt, InvitationText.RegisterCurl(config.BaseUrl, email, token));
    }

    public async Task<Result<List<InvitationView>>> ListAsync(ClaimsPrincipal caller, Guid tenantId, CancellationToken ct)
    {
        if (!await IsVisibleAsync(caller, tenantId, ct).ConfigureAwait(false))
        {
            return Refusal.NotFound("tenant");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var invitations = await db.Invitations.AsNoTracking().Where(i => i.TenantId == tenantId)
            .OrderBy(i => i.CreatedAt).Take(1000).ToListAsync(ct).ConfigureAwait(false);
        return invitations.Select(i => new InvitationView(
            i.Id, i.TenantId, i.Email, RoleNames.Of(i.Role), InvitationStatus.Of(i, now), i.CreatedAt, i.ExpiresAt, i.UsedAt, i.RevokedAt)).ToList();
    }

    /// <summary>Revokes a pending (or expired) invitation; revoking one already revoked changes nothing.</summary>
    public async Task<Refusal?> RevokeAsync(ClaimsPrincipal caller, Guid tenantId, Guid invitationId, CancellationToken ct)
    {
        if (!await IsVisibleAsync(caller, tenantId, ct).ConfigureAwait(false))
        {
            return Refusal.NotFound("tenant");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.Id == invitationId && i.TenantId == tenantId, ct).ConfigureAwait(false);
        if (invitation is null)
        {
            return Refusal.NotFound("invitation");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.Invitations.Where(i => i.Id == invitationId && i.UsedAt == null && i.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RevokedAt, now), ct).ConfigureAwait(false);
        if (revoked == 0)
        {
            return invitation.RevokedAt is null ? Refusal.Conflict("this invitation has already been used; suspend the account instead") : null;
        }

        db.Record(caller, "invitation.revoked", tenantId, "invitation", invitationId.ToString(), now, $"email={invitation.Email}");
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Spends the invitation behind <paramref name="token"/> for <paramref name="email"/>, in the caller's transaction: one
    /// conditional update, so of two registrations with the same token only one succeeds.
    /// </summary>
    public async Task<Result<Invitation>> SpendAsync(string token, string email, Guid userId, CancellationToken ct)
    {
        var hash = SecretTokens.Hash(token.Trim());
        var invitation = await db.Invitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct).ConfigureAwait(false);
        if (invitation is null)
        {
            return Refusal.Invalid("invitation_token is not a valid invitation; check that it was copied whole");
        }

        if (invitation.Email != email)
        {
            return Refusal.Forbidden("this invitation is for another email address; register with the email it was sent to");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var closed = InvitationStatus.Of(invitation, now) switch
        {
            InvitationStatus.Used => "this invitation has already been used; sign in with POST /api/auth/login",
            InvitationStatus.Revoked => "this invitation was revoked; ask the tenant's admin for a new one",
            InvitationStatus.Expired => $"this invitation expired at {invitation.ExpiresAt:yyyy-MM-dd HH:mm} UTC; ask the tenant's admin for a new one",
            _ => null,
        };
        if (closed is not null)
        {
            return Refusal.Forbidden(closed);
        }

        if (!await InviterStanding.StillMayGrantAsync(db, invitation, now, ct).ConfigureAwait(false))
        {
            return Refusal.Forbidden("whoever sent this invitation can no longer grant it (suspended, demoted or revoked); ask the tenant's admin for a new one");
        }

        var spent = await db.Invitations.Where(i => i.Id == invitation.Id && i.UsedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now).SetProperty(i => i.UsedByUserId, userId), ct).ConfigureAwait(false);
        if (spent == 0)
        {
            return Refusal.Forbidden("this invitation has just been used or revoked");
        }

        db.Record(null, "invitation.used", invitation.TenantId, "invitation", invitation.Id.ToString(), now, $"user={userId} role={RoleNames.Of(invitation.Role)}");
        return invitation;
    }

    private async Task<bool> IsVisibleAsync(ClaimsPrincipal? caller, Guid tenantId, CancellationToken ct) =>
        (caller is null || AdminAccess.TenantScope(caller) is not { } scope || scope == tenantId)
        && await db.Tenants.AnyAsync(t => t.Id == tenantId, ct).ConfigureAwait(false);
}
