using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Admin;

/// <summary>Every use of an admin token is audited and stamps the token's last use.</summary>
internal sealed class AdminTokenUseRecorder(ScopedDb scoped)
{
    private PierreDbContext Db => scoped.Context;

    public async Task RecordAsync(Guid tokenId, string operation, DateTime now, CancellationToken cancellationToken)
    {
        await Db.AdminTokens.Where(t => t.Id == tokenId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken).ConfigureAwait(false);
        Db.AuditEvents.Add(new AuditEvent
        {
            ActorAdminTokenId = tokenId,
            Action = "admin_token.used",
            TargetType = "route",
            TargetId = operation.Length > 128 ? operation[..128] : operation,
            CreatedAt = now,
        });
        await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
