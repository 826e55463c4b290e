using System.Security.Cryptography;

namespace Pierre.Server.Security;

/// <summary>
/// AES-256-GCM for secrets at rest. Stored form: base64 of <c>version(1) | nonce(12) | ciphertext | tag(16)</c>.
/// The leading key version lets keys rotate: new values use the current key, old values decrypt with theirs.
/// </summary>
internal sealed class EncryptionService
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly IReadOnlyDictionary<byte, byte[]> _keys;
    private readonly byte _currentVersion;

    public EncryptionService(IReadOnlyDictionary<byte, byte[]> keys, byte currentVersion)
    {
        if (!keys.TryGetValue(currentVersion, out var current) || current.Length != KeyStore.EncryptionKeyLength)
        {
            throw new ArgumentException($"key version {currentVersion} must be present and {KeyStore.EncryptionKeyLength} bytes", nameof(keys));
        }

        _keys = keys;
        _currentVersion = currentVersion;
    }

    public EncryptionService(byte[] key)
        : this(new Dictionary<byte, byte[]> { [1] = key }, 1)
    {
    }

    public string Encrypt(string plaintext, EncryptionContext context)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[1 + NonceSize + plain.Length + TagSize];
        output[0] = _currentVersion;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_currentVersion], TagSize);
        aes.Encrypt(
            nonce,
            plain,
            output.AsSpan(1 + NonceSize, plain.Length),
            output.AsSpan(1 + NonceSize + plain.Length, TagSize),
            context.ToAssociatedData(_currentVersion));
        return Convert.ToBase64String(output);
    }

    /// <summary>Decrypts a stored value; throws <see cref="CryptographicException"/> when it was tampered with or belongs elsewhere.</summary>
    public string Decrypt(string stored, EncryptionContext context)
    {
        byte[] input;
        try
        {
            input = Convert.FromBase64String(stored);
        }
        catch (FormatException)
        {
            throw new CryptographicException("The stored value is not a valid ciphertext.");
        }

        if (input.Length < 1 + NonceSize + TagSize || !_keys.TryGetValue(input[0], out var key))
        {
            throw new CryptographicException("The stored value is not a valid ciphertext or its key version is unknown.");
        }

        var cipherLength = input.Length - 1 - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            input.AsSpan(1, NonceSize),
            input.AsSpan(1 + NonceSize, cipherLength),
            input.AsSpan(1 + NonceSize + cipherLength, TagSize),
            plain,
            context.ToAssociatedData(input[0]));
        return System.Text.Encoding.UTF8.GetString(plain);
    }
}
