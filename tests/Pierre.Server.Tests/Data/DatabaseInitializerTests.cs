using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Data;

public sealed class DatabaseInitializerTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Initialize_TwiceOnAFreshDatabase_AppliesMigrationsOnceAndCreatesOneDefaultTenant(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        await using (var db = database.CreateContext())
        {
            var applied = await database.Initializer(db).InitializeAsync(ct);
            Assert.Equal(db.Database.GetMigrations(), applied);
        }

        await using (var db = database.CreateContext())
        {
            Assert.Empty(await database.Initializer(db).InitializeAsync(ct));
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
            var tenant = Assert.Single(await db.Tenants.ToListAsync(ct));
            Assert.Equal(Tenant.DefaultSlug, tenant.Slug);
            Assert.Equal(TenantPlan.Enterprise, tenant.Plan);
        }
    }

    [Fact]
    public async Task Initialize_OnSqlite_TurnsOnWriteAheadLogging()
    {
        await using var database = new SqliteTestDatabase();
        await using var db = database.CreateContext();
        var ct = TestContext.Current.CancellationToken;

        await database.Initializer(db).InitializeAsync(ct);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(ct));
    }
}
