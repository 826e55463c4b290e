using System.Security.Cryptography;
using Pierre.Server.Security;

namespace Pierre.Server.Tests.Security;

public sealed class EncryptionServiceTests
{
    private static readonly Guid TenantA = Guid.NewGuid();
    private static readonly Guid UserA = Guid.NewGuid();
    private static readonly EncryptionContext Context = new(TenantA, UserA, "strava", "access_token");
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void EncryptThenDecrypt_WithTheSameContext_ReturnsThePlaintext()
    {
        var service = new EncryptionService(_key);

        var stored = service.Encrypt("strava-access-token-123", Context);

        Assert.DoesNotContain("strava-access-token-123", stored, StringComparison.Ordinal);
        Assert.Equal("strava-access-token-123", service.Decrypt(stored, Context));
    }

    [Fact]
    public void Encrypt_TheSameValueTwice_UsesFreshNonces()
    {
        var service = new EncryptionService(_key);

        Assert.NotEqual(service.Encrypt("same", Context), service.Encrypt("same", Context));
    }

    [Theory]
    [InlineData("tenant")]
    [InlineData("user")]
    [InlineData("provider")]
    [InlineData("purpose")]
    public void Decrypt_WithAnotherOwnersContext_Fails(string differentPart)
    {
        var other = differentPart switch
        {
            "tenant" => Context with { TenantId = Guid.NewGuid() },
            "user" => Context with { UserId = Guid.NewGuid() },
            "provider" => Context with { Provider = "fitbit" },
            _ => Context with { Purpose = "refresh_token" },
        };
        var service = new EncryptionService(_key);
        var stored = service.Encrypt("secret", Context);

        Assert.ThrowsAny<CryptographicException>(() => service.Decrypt(stored, other));
    }

    [Fact]
    public void Decrypt_TamperedCiphertext_Fails()
    {
        var service = new EncryptionService(_key);
        var bytes = Convert.FromBase64String(service.Encrypt("secret value", Context));
        bytes[20] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => service.Decrypt(Convert.ToBase64String(bytes), Context));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AQID")]
    public void Decrypt_Garbage_FailsWithACryptographicError(string stored)
    {
        Assert.ThrowsAny<CryptographicException>(() => new EncryptionService(_key).Decrypt(stored, Context));
    }

    [Fact]
    public void Decrypt_AfterKeyRotation_ReadsOldValuesAndWritesWithTheNewKey()
    {
        var oldService = new EncryptionService(_key);
        var oldValue = oldService.Encrypt("old token", Context);
        var newKey = RandomNumberGenerator.GetBytes(32);
        var rotated = new EncryptionService(new Dictionary<byte, byte[]> { [1] = _key, [2] = newKey }, currentVersion: 2);

        var newValue = rotated.Encrypt("new token", Context);

        Assert.Equal("old token", rotated.Decrypt(oldValue, Context));
        Assert.Equal(2, Convert.FromBase64String(newValue)[0]);
        Assert.ThrowsAny<CryptographicException>(() => oldService.Decrypt(newValue, Context));
    }
}
