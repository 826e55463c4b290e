using System.Security.Cryptography;
using System.Text;

namespace Pierre.Server.Security;

/// <summary>Random bearer secrets (API keys, refresh and admin tokens) and the SHA-256 form they are stored in.</summary>
internal static class SecretTokens
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string NewBase62(int length) => RandomNumberGenerator.GetString(Base62, length);

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares a presented secret with a stored hash without leaking, through timing, where they differ.</summary>
    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));
}
