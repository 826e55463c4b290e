using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;
using Pierre.Server.Errors;

namespace Pierre.Server.Admin;

/// <summary>One audit event as <c>GET /admin/audit</c> shows it.</summary>
internal sealed record AuditEventView(
    long Id, Guid? TenantId, Guid? ActorUserId, Guid? ActorAdminTokenId, string Action, string? TargetType, string? TargetId, string? Details,
    DateTime CreatedAt);

/// <summary>A page of the audit log, newest first, and where the next one starts.</summary>
internal sealed record AuditPage(IReadOnlyList<AuditEventView> Events, long? NextBeforeId);

/// <summary>
/// The audit log for <c>view_operations</c>: a tenant admin reads its own tenant's events, a super-admin or an admin
/// token every tenant's (or one, with <c>tenant_id</c>).
/// </summary>
internal sealed class AuditLogService(PierreDbContext db)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    public async Task<Result<AuditPage>> ListAsync(ClaimsPrincipal caller, Guid? tenantId, string? action, long? beforeId, int? limit, CancellationToken ct)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Refusal.Invalid($"limit must be from 1 to {MaxLimit}");
        }

        var scope = AdminAccess.TenantScope(caller);
        if (scope is { } own && tenantId is { } asked && asked != own)
        {
            return Refusal.NotFound("tenant");
        }

        var events = db.AuditEvents.AsNoTracking();
        if ((scope ?? tenantId) is { } tenant)
        {
            events = events.Where(e => e.TenantId == tenant);
        }

        if (!string.IsNullOrWhiteSpace(action))
        {
            events = events.Where(e => e.Action == action);
        }

        if (beforeId is { } before)
        {
            events = events.Where(e => e.Id < before);
        }

        var take = limit ?? DefaultLimit;
        var page = await events.OrderByDescending(e => e.Id).Take(take + 1)
            .Select(e => new AuditEventView(e.Id, e.TenantId, e.ActorUserId, e.ActorAdminTokenId, e.Action, e.TargetType, e.TargetId, e.Details, e.CreatedAt))
            .ToListAsync(ct).ConfigureAwait(false);
        return page.Count > take ? new AuditPage(page[..take], page[take - 1].Id) : new AuditPage(page, null);
    }
}
