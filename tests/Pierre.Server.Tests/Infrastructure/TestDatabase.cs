using Microsoft.EntityFrameworkCore;
using Pierre.Server.Configuration;
using Pierre.Server.Data;

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

    public abstract ValueTask DisposeAsync();
}
