using System.Security.Claims;
using Pierre.Server.Auth;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Admin;

/// <summary>Adds audit events to the caller's unit of work, so the record and the change commit together.</summary>
internal static class AuditTrail
{
    public static void Record(
        this PierreDbContext db, ClaimsPrincipal? actor, string action, Guid? tenantId, string targetType, string targetId, DateTime now, string? details = null)
    {
        db.AuditEvents.Add(new AuditEvent
        {
            TenantId = tenantId,
            ActorUserId = actor is null ? null : AuthManager.UserId(actor),
            ActorAdminTokenId = Guid.TryParse(actor?.FindFirstValue(PierreClaims.AdminTokenId), out var tokenId) ? tokenId : null,
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Details = details,
            CreatedAt = now,
        });
    }
}
