using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pierre.Server.Configuration;

namespace Pierre.Server.Data;

internal static class DataServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PierreDbContext"/> on the provider that <c>DATABASE_URL</c> names.</summary>
    public static IServiceCollection AddPierreData(this IServiceCollection services, DatabaseUrl database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<PierreDbContext, SqlitePierreDbContext>(o => ConfigureSqlite(o, database.ConnectionString));
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PierreDbContext, PostgresPierreDbContext>(o => ConfigurePostgres(o, database.ConnectionString));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "unknown database provider");
        }

        services.AddSingleton(database);
        services.AddScoped<ScopedDb>();
        services.AddTransient<DatabaseInitializer>();
        services.AddSingleton<OAuthServer.OAuthServerKeys>();
        return services;
    }

    // SQLite rebuilds a table to alter it, with foreign keys off outside the transaction; EF warns on every fresh
    // database, which tells an operator nothing they can act on.
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));

    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"));
}
