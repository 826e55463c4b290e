using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Data;

/// <summary>The SportThresholdKeys migration rewrites overrides stored under the keys thresholds had before they were per sport.</summary>
public sealed class SportThresholdKeysMigrationTests
{
    private static readonly DateTime Now = DateTime.UnixEpoch.AddYears(56);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Migrate_OldThresholdKeys_BecomeTheCyclingAndRunningKeys(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabases.CreateAsync(provider);
        if (database is SqliteTestDatabase sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(sqlite.FilePath)!);
        }

        await using var db = database.CreateContext();
        var migrations = db.Database.GetMigrations().ToList();
        var previous = migrations[migrations.FindIndex(m => m.EndsWith("_SportThresholdKeys", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(previous, ct);
        var old = await AddUserAsync(db, """{"weight_kg":70,"ftp_watts":231,"lactate_threshold_heart_rate":158,"threshold_pace_s_per_km":250}""", ct);
        var both = await AddUserAsync(db, """{"ftp_watts":200,"cycling_ftp_watts":250}""", ct);
        var untouched = await AddUserAsync(db, """{"age_years":40}""", ct);

        await migrator.MigrateAsync(cancellationToken: ct);

        var stored = await db.UserConfigurations.AsNoTracking().ToDictionaryAsync(c => c.UserId, c => Keys(c.OverridesJson), ct);
        Assert.Equal(
            [("cycling_ftp_watts", "231"), ("cycling_lthr_bpm", "158"), ("running_threshold_pace_s_per_km", "250"), ("weight_kg", "70")],
            stored[old]);
        // A value already under the new key wins; the old key goes.
        Assert.Equal([("cycling_ftp_watts", "250")], stored[both]);
        Assert.Equal([("age_years", "40")], stored[untouched]);
    }

    private static List<(string, string)> Keys(string json) =>
        [.. JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText())).Order()];

    private static async Task<Guid> AddUserAsync(PierreDbContext db, string overridesJson, CancellationToken ct)
    {
        var tenant = new Tenant { Id = Guid.CreateVersion7(), Name = "Keys", Slug = $"keys-{Guid.NewGuid():N}", Plan = TenantPlan.Starter, CreatedAt = Now };
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            Email = $"{Guid.NewGuid():N}@example.com",
            DisplayName = "Rider",
            PasswordHash = "hash",
            Status = UserStatus.Active,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        db.Tenants.Add(tenant);
        db.Users.Add(user);
        db.UserConfigurations.Add(new UserConfiguration { TenantId = tenant.Id, UserId = user.Id, Profile = "recreational", OverridesJson = overridesJson, UpdatedAt = Now });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return user.Id;
    }
}
