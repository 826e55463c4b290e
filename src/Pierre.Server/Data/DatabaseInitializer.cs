using Microsoft.EntityFrameworkCore;
using Pierre.Server.Configuration;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Data;

/// <summary>
/// The seed's "run migrations" step: creates the SQLite folder and file (owner only), applies pending migrations, turns on WAL, and makes
/// sure the default tenant exists (on the enterprise plan: whoever runs their own server gets every tool) and that the
/// OAuth authorization server has its keys.
/// </summary>
internal sealed partial class DatabaseInitializer(
    PierreDbContext db, DatabaseUrl database, TimeProvider clock, EncryptionService sealing, OAuthServer.OAuthServerKeys oauthKeys, ILogger<DatabaseInitializer> logger)
{
    public async Task<IReadOnlyList<string>> InitializeAsync(CancellationToken cancellationToken)
    {
        if (database.SqliteFilePath is { } file)
        {
            PrivateDirectory.Ensure(Path.GetDirectoryName(file)!);
            PrivateFile.Ensure(file, $"{file}-wal", $"{file}-shm", $"{file}-journal");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        LogMigrations(logger, database.Describe(), pending.Count);

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        await EnsureDefaultTenantAsync(cancellationToken).ConfigureAwait(false);
        await oauthKeys.LoadAsync(db, sealing, clock, logger, cancellationToken).ConfigureAwait(false);
        return pending;
    }

    private async Task EnsureDefaultTenantAsync(CancellationToken cancellationToken)
    {
        if (await db.Tenants.AnyAsync(t => t.Slug == Tenant.DefaultSlug, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        db.Tenants.Add(new Tenant
        {
            Id = Guid.CreateVersion7(),
            Name = "Default",
            Slug = Tenant.DefaultSlug,
            Plan = TenantPlan.Enterprise,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another replica may have created it at the same moment: that is the outcome we wanted.
            db.ChangeTracker.Clear();
            if (!await db.Tenants.AnyAsync(t => t.Slug == Tenant.DefaultSlug, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} ready; {Applied} migration(s) applied")]
    private static partial void LogMigrations(ILogger logger, string database, int applied);
}
