using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Data;

/// <summary>The schema behaves the same on SQLite and PostgreSQL: constraints, cascades, UTC time, encrypted columns.</summary>
public sealed class StorageTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 30, 15, 123, DateTimeKind.Utc);

    private static async Task<(TestDatabase Database, Tenant Tenant)> MigratedAsync(string provider, CancellationToken ct)
    {
        var database = await TestDatabases.CreateAsync(provider);
        await using var db = database.CreateContext();
        await database.Initializer(db).InitializeAsync(ct);
        return (database, await db.Tenants.SingleAsync(ct));
    }

    private static User NewUser(Guid tenantId, string email) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        Email = email,
        DisplayName = "Test",
        PasswordHash = "hash",
        Status = UserStatus.Active,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Users_WithTheSameEmail_AreRefused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, tenant) = await MigratedAsync(provider, ct);
        await using var _ = database;
        await using var db = database.CreateContext();
        db.Users.Add(NewUser(tenant.Id, "ann@example.com"));
        await db.SaveChangesAsync(ct);

        db.Users.Add(NewUser(tenant.Id, "ann@example.com"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Timestamps_RoundTrip_AsUtc(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, tenant) = await MigratedAsync(provider, ct);
        await using var _ = database;
        var user = NewUser(tenant.Id, "utc@example.com");
        await using (var db = database.CreateContext())
        {
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var loaded = await db.Users.SingleAsync(u => u.Id == user.Id, ct);
            Assert.Equal(DateTimeKind.Utc, loaded.CreatedAt.Kind);
            Assert.Equal(Now, loaded.CreatedAt);
            Assert.Equal(UserStatus.Active, loaded.Status);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task ProviderTokens_AreStoredEncryptedAndReadBackWithTheirOwnersContext(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, tenant) = await MigratedAsync(provider, ct);
        await using var _ = database;
        var encryption = new EncryptionService(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var user = NewUser(tenant.Id, "tokens@example.com");
        var context = new EncryptionContext(tenant.Id, user.Id, "strava", "access_token");
        await using (var db = database.CreateContext())
        {
            db.Users.Add(user);
            db.ProviderTokens.Add(new ProviderToken
            {
                Id = Guid.CreateVersion7(),
                TenantId = tenant.Id,
                UserId = user.Id,
                Provider = "strava",
                AccessTokenEncrypted = encryption.Encrypt("plain-access-token", context),
                UpdatedAt = Now,
            });
            await db.SaveChangesAsync(ct);
        }

        await using (var db = database.CreateContext())
        {
            var raw = await db.Database.SqlQueryRaw<string>("SELECT \"AccessTokenEncrypted\" AS \"Value\" FROM provider_tokens").SingleAsync(ct);
            Assert.DoesNotContain("plain-access-token", raw, StringComparison.Ordinal);
            var token = await db.ProviderTokens.SingleAsync(t => t.TenantId == tenant.Id && t.UserId == user.Id, ct);
            Assert.Equal("plain-access-token", encryption.Decrypt(token.AccessTokenEncrypted, context));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task DeletingAUser_RemovesTheRowsTheyOwn(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, tenant) = await MigratedAsync(provider, ct);
        await using var _ = database;
        await using var db = database.CreateContext();
        var user = NewUser(tenant.Id, "gone@example.com");
        db.Users.Add(user);
        db.ApiKeys.Add(new ApiKey
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Id, UserId = user.Id, Name = "k", KeyHash = new string('a', 64),
            KeyPrefix = "pk_live_abcd", Tier = ApiKeyTier.Starter, CreatedAt = Now,
        });
        db.ProviderConnections.Add(new ProviderConnection
        {
            Id = Guid.CreateVersion7(), TenantId = tenant.Id, UserId = user.Id, Provider = "synthetic", ConnectedAt = Now,
        });
        await db.SaveChangesAsync(ct);

        db.Users.Remove(user);
        await db.SaveChangesAsync(ct);

        Assert.False(await db.ApiKeys.AnyAsync(ct));
        Assert.False(await db.ProviderConnections.AnyAsync(ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AUserInAnUnknownTenant_IsRefused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var (database, _) = await MigratedAsync(provider, ct);
        await using var __ = database;
        await using var db = database.CreateContext();

        db.Users.Add(NewUser(Guid.NewGuid(), "orphan@example.com"));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }
}
