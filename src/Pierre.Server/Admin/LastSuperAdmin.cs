using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Admin;

/// <summary>The deployment always keeps one active super-admin: neither a demotion nor a suspension may end the last.</summary>
internal static class LastSuperAdmin
{
    public const string Refusal = "this is the last active super-admin; promote another account first so the deployment keeps one";

    /// <summary>
    /// True when an active super-admin other than <paramref name="userId"/> exists. Call it inside the transaction that
    /// makes the change: writing every super-admin row first locks them (PostgreSQL row locks; SQLite's transaction
    /// already holds the write lock), so two concurrent changes are serialised and the second sees the first.
    /// </summary>
    public static async Task<bool> AnotherActiveAsync(PierreDbContext db, Guid userId, CancellationToken ct)
    {
        await db.Users.Where(u => u.Role == UserRole.SuperAdmin)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.UpdatedAt, u => u.UpdatedAt), ct).ConfigureAwait(false);
        return await db.Users.AnyAsync(u => u.Id != userId && u.Role == UserRole.SuperAdmin && u.Status == UserStatus.Active, ct).ConfigureAwait(false);
    }
}
