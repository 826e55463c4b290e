using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Pierre.Server.Security;

/// <summary>Random bearer secrets (API keys, refresh and admin tokens) and the SHA-256 form they are stored in.</summary>
internal static class SecretTokens
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewBase62(int length) => RandomNumberGenerator.GetString(Base62, length);

    public static string Hash(string secret)
    {
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(secret), digest);
        return Convert.ToHexStringLower(digest);
    }

    /// <summary>
    /// Compares the <see cref="Hash"/> of a presented secret with a stored one without leaking, through timing, where
    /// they differ; nothing is hashed again and nothing is allocated.
    /// </summary>
    public static bool HashesMatch(string presentedHash, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(MemoryMarshal.AsBytes(presentedHash.AsSpan()), MemoryMarshal.AsBytes(storedHash.AsSpan()));
}
