using System.Security.Cryptography;
using System.Text;
using Pierre.Server.Security;

namespace Pierre.Server.Tests.Security;

/// <summary>The stored form of every bearer secret, and the comparison every credential check ends with.</summary>
public sealed class SecretTokensTests
{
    // Stored keys, tokens and invitations are looked up by this form: it must never change.
    [Theory]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    public void Hash_IsTheLowercaseHexSha256OfTheUtf8Secret(string secret, string expected) =>
        Assert.Equal(expected, SecretTokens.Hash(secret));

    [Fact]
    public void Hash_EncodesTheSecretAsUtf8() =>
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("pk_é"))), SecretTokens.Hash("pk_é"));

    [Fact]
    public void HashesMatch_OnlyForTheSameHash()
    {
        var hash = SecretTokens.Hash("pk_live_abc");

        Assert.True(SecretTokens.HashesMatch(hash, SecretTokens.Hash("pk_live_abc")));
        Assert.False(SecretTokens.HashesMatch(hash, SecretTokens.Hash("pk_live_abd")));
        Assert.False(SecretTokens.HashesMatch(hash, hash[..^1]));
        Assert.False(SecretTokens.HashesMatch(hash, string.Empty));
    }
}
