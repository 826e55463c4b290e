using System.Security.Cryptography;

namespace Pierre.Server.Security;

/// <summary>
/// Loads or generates the server's secrets (the seed's <c>load_or_generate_key</c>): a 32-byte AES-256 key and a
/// 64-byte JWT secret. New files get mode 0600 in a directory created with 0700; a file of the wrong length is an
/// error, never silently replaced, because replacing it would make every stored secret unreadable.
/// </summary>
internal static class KeyStore
{
    public const int EncryptionKeyLength = 32;
    public const int JwtSecretLength = 64;

    public static byte[] LoadOrGenerate(string path, int length, string purpose)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllBytes(path);
            return existing.Length == length
                ? existing
                : throw new InvalidDataException(
                    $"{purpose} file '{path}' holds {existing.Length} bytes, expected {length}; restore the right file or remove it to generate a new one (secrets encrypted with the old key will be lost)");
        }

        PrivateDirectory.Ensure(Path.GetDirectoryName(Path.GetFullPath(path))!);

        var secret = RandomNumberGenerator.GetBytes(length);
        WriteNew(path, secret);
        return secret;
    }

    private static void WriteNew(string path, byte[] secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(secret);
        stream.Flush(flushToDisk: true);
    }
}
