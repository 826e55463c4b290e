using Pierre.Server.Security;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Security;

public sealed class KeyStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public void LoadOrGenerate_WhenMissing_CreatesAPrivateFileInAPrivateFolder()
    {
        var path = _directory.Combine("secrets", "encryption.key");

        var key = KeyStore.LoadOrGenerate(path, KeyStore.EncryptionKeyLength, "encryption key");

        Assert.Equal(32, key.Length);
        Assert.Equal(key, File.ReadAllBytes(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(
            UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(_directory.Combine("secrets")));
    }

    [Fact]
    public void LoadOrGenerate_WhenPresent_ReturnsTheSameSecret()
    {
        var path = _directory.Combine("jwt.secret");

        var first = KeyStore.LoadOrGenerate(path, KeyStore.JwtSecretLength, "JWT secret");
        var second = KeyStore.LoadOrGenerate(path, KeyStore.JwtSecretLength, "JWT secret");

        Assert.Equal(64, first.Length);
        Assert.Equal(first, second);
    }

    [Fact]
    public void LoadOrGenerate_TwoNewSecrets_AreDifferent()
    {
        var a = KeyStore.LoadOrGenerate(_directory.Combine("a.key"), 32, "key");
        var b = KeyStore.LoadOrGenerate(_directory.Combine("b.key"), 32, "key");

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void LoadOrGenerate_WithAFileOfTheWrongLength_FailsAndLeavesTheFileAlone()
    {
        var path = _directory.Combine("encryption.key");
        File.WriteAllBytes(path, new byte[16]);

        var error = Assert.Throws<InvalidDataException>(() => KeyStore.LoadOrGenerate(path, 32, "encryption key"));

        Assert.Contains("16 bytes, expected 32", error.Message, StringComparison.Ordinal);
        Assert.Equal(new byte[16], File.ReadAllBytes(path));
    }

    public void Dispose() => _directory.Dispose();
}
