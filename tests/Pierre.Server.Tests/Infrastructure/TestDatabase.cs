using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Pierre.Server.Configuration;
using Pierre.Server.Data;
using Pierre.Server.OAuthServer;
using Pierre.Server.Security;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>A real, empty database of one provider for one test: a SQLite file, or a new PostgreSQL database.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The server's own <c>DATABASE_URL</c> for this database.</summary>
    public abstract string Url { get; }

    internal DatabaseUrl Parsed => DatabaseUrl.Parse(Url, null);

    internal PierreDbContext CreateContext()
    {
        var parsed = Parsed;
        return parsed.Provider == DatabaseProvider.Sqlite
            ? new SqlitePierreDbContext((DbContextOptions<SqlitePierreDbContext>)DataServiceCollectionExtensions
                .ConfigureSqlite(new DbContextOptionsBuilder<SqlitePierreDbContext>(), parsed.ConnectionString).Options)
            : new PostgresPierreDbContext((DbContextOptions<PostgresPierreDbContext>)DataServiceCollectionExtensions
                .ConfigurePostgres(new DbContextOptionsBuilder<PostgresPierreDbContext>(), parsed.ConnectionString).Options);
    }

    /// <summary>The start-up initializer (migrations, default tenant, OAuth server keys) with this database's own data key.</summary>
    internal DatabaseInitializer Initializer(PierreDbContext db) =>
        new(db, Parsed, TimeProvider.System, new EncryptionService(_dataKey), new OAuthServerKeys(), NullLogger<DatabaseInitializer>.Instance);

    private readonly byte[] _dataKey = RandomNumberGenerator.GetBytes(KeyStore.EncryptionKeyLength);

    public abstract ValueTask DisposeAsync();
}
