using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Pierre.Server.OAuthServer;
using Pierre.Server.Security;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.OAuthServer;

/// <summary>The authorization server's keys: made once, sealed in the database, the same for every start and replica.</summary>
public sealed class OAuthServerKeysTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EveryStart_LoadsTheSameKeys_WhichAreNotStoredInClear(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        var sealing = new EncryptionService(RandomNumberGenerator.GetBytes(KeyStore.EncryptionKeyLength));
        await using (var db = database.CreateContext())
        {
            await database.Initializer(db).InitializeAsync(Ct);
        }

        var first = await LoadAsync(database, sealing);
        var second = await LoadAsync(database, sealing);

        Assert.Equal(first.Signing.KeyId, second.Signing.KeyId);
        Assert.Equal(first.Encryption.Key, second.Encryption.Key);
        await using var check = database.CreateContext();
        var stored = await check.OAuthServerKeys.Select(k => k.SealedKey).ToListAsync(Ct);
        Assert.Equal(2, stored.Count);
        Assert.DoesNotContain(Convert.ToBase64String(first.Encryption.Key), stored);
    }

    [Fact]
    public async Task KeysSealedWithAnotherDataKey_AreReplaced_NotAFailedStart()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        await using (var db = database.CreateContext())
        {
            await database.Initializer(db).InitializeAsync(Ct);
        }

        var before = await LoadAsync(database, new EncryptionService(RandomNumberGenerator.GetBytes(KeyStore.EncryptionKeyLength)));
        var newDataKey = new EncryptionService(RandomNumberGenerator.GetBytes(KeyStore.EncryptionKeyLength));
        var after = await LoadAsync(database, newDataKey);

        Assert.NotEqual(before.Signing.KeyId, after.Signing.KeyId);
        Assert.Equal(after.Signing.KeyId, (await LoadAsync(database, newDataKey)).Signing.KeyId);
    }

    [Fact]
    public async Task StoredSigningKeyOfAnotherKind_IsReplaced_NotAFailedStart()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var sealing = new EncryptionService(RandomNumberGenerator.GetBytes(KeyStore.EncryptionKeyLength));
        await using (var db = database.CreateContext())
        {
            await database.Initializer(db).InitializeAsync(Ct);
        }

        var before = await LoadAsync(database, sealing);
        await using (var db = database.CreateContext())
        {
            using var rsa = RSA.Create(2048);
            var row = await db.OAuthServerKeys.SingleAsync(k => k.Purpose == "signing", Ct);
            row.SealedKey = sealing.Encrypt(Convert.ToBase64String(rsa.ExportRSAPrivateKey()), new EncryptionContext(Guid.Empty, null, "oauth_server", "signing"));
            await db.SaveChangesAsync(Ct);
        }

        var after = await LoadAsync(database, sealing);

        Assert.NotEqual(before.Signing.KeyId, after.Signing.KeyId);
        Assert.Equal(before.Encryption.Key, after.Encryption.Key);
    }

    private static async Task<OAuthServerKeys> LoadAsync(TestDatabase database, EncryptionService sealing)
    {
        await using var db = database.CreateContext();
        var keys = new OAuthServerKeys();
        await keys.LoadAsync(db, sealing, TimeProvider.System, NullLogger.Instance, Ct);
        return keys;
    }
}
