using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.OAuthServer;

/// <summary>
/// The authorization server's ECDSA P-256 signing key (ES256: made in under a millisecond, where an RSA-2048 key takes
/// 200 ms, which every fresh test database would pay) and AES-256 encryption key. They are generated at the first start, sealed
/// with the data key in the database (never in clear), and loaded at every start after the migrations, so every replica
/// signs and reads the same tokens.
/// </summary>
internal sealed partial class OAuthServerKeys
{
    private const string SigningPurpose = "signing";
    private const string EncryptionPurpose = "encryption";

    private ECDsaSecurityKey? _signing;
    private SymmetricSecurityKey? _encryption;

    public ECDsaSecurityKey Signing => _signing ?? throw new InvalidOperationException("the OAuth server's keys are loaded after the database is migrated");

    public SymmetricSecurityKey Encryption => _encryption ?? throw new InvalidOperationException("the OAuth server's keys are loaded after the database is migrated");

    /// <summary>Loads both keys, creating whichever is missing; a replica that loses the race to create one reads the winner's.</summary>
    public async Task LoadAsync(PierreDbContext db, EncryptionService sealing, TimeProvider clock, ILogger logger, CancellationToken ct)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportECPrivateKey(Convert.FromBase64String(
            await LoadOrCreateAsync(db, sealing, clock, logger, SigningPurpose, NewSigningKey, IsSigningKey, ct).ConfigureAwait(false)), out _);
        _signing = new ECDsaSecurityKey(ecdsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(ecdsa.ExportSubjectPublicKeyInfo())[..16]) };
        _encryption = new SymmetricSecurityKey(Convert.FromBase64String(await LoadOrCreateAsync(
            db, sealing, clock, logger, EncryptionPurpose, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), k => Convert.FromBase64String(k).Length == 32, ct)
            .ConfigureAwait(false)));
    }

    private static bool IsSigningKey(string stored)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportECPrivateKey(Convert.FromBase64String(stored), out _);
            return ecdsa.KeySize == 256;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
    }

    private static string NewSigningKey()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return Convert.ToBase64String(ecdsa.ExportECPrivateKey());
    }

    private static EncryptionContext Context(string purpose) => new(Guid.Empty, null, "oauth_server", purpose);

    private static async Task<string> LoadOrCreateAsync(
        PierreDbContext db, EncryptionService sealing, TimeProvider clock, ILogger logger, string purpose, Func<string> create, Func<string, bool> usable, CancellationToken ct)
    {
        if (await db.OAuthServerKeys.SingleOrDefaultAsync(k => k.Purpose == purpose, ct).ConfigureAwait(false) is { } stored)
        {
            if (Open(sealing, stored.SealedKey, purpose) is { } opened && usable(opened))
            {
                return opened;
            }

            // Sealed with another data key (the key file was replaced), or of a kind this version does not use: like a
            // provider token, it cannot be recovered. A new key only signs every OAuth client out, better than not starting.
            LogKeyReplaced(logger, purpose);
            var replacement = create();
            stored.SealedKey = sealing.Encrypt(replacement, Context(purpose));
            stored.CreatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return replacement;
        }

        var key = create();
        db.OAuthServerKeys.Add(new OAuthServerKey
        {
            Id = Guid.CreateVersion7(), Purpose = purpose, SealedKey = sealing.Encrypt(key, Context(purpose)), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            return key;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var winner = await db.OAuthServerKeys.AsNoTracking().SingleAsync(k => k.Purpose == purpose, ct).ConfigureAwait(false);
            return sealing.Decrypt(winner.SealedKey, Context(purpose));
        }
    }

    private static string? Open(EncryptionService sealing, string sealedKey, string purpose)
    {
        try
        {
            return sealing.Decrypt(sealedKey, Context(purpose));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OAuth server's stored {Purpose} key cannot be used (sealed with another data key, or of another kind): a new one replaces it, and OAuth clients must sign in again")]
    private static partial void LogKeyReplaced(ILogger logger, string purpose);

    /// <summary>Hands the loaded keys to OpenIddict when its options are first read, which is after the start-up load.</summary>
    internal sealed class Setup(OAuthServerKeys keys) : IConfigureOptions<OpenIddictServerOptions>
    {
        public void Configure(OpenIddictServerOptions options)
        {
            options.SigningCredentials.Add(new SigningCredentials(keys.Signing, SecurityAlgorithms.EcdsaSha256));
            options.EncryptionCredentials.Add(new EncryptingCredentials(keys.Encryption, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }
}
