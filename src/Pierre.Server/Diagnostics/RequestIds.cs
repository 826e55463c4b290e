namespace Pierre.Server.Diagnostics;

/// <summary>
/// Fresh request ids, 32 lowercase hex digits of 128 random bits, without a system call per request:
/// <see cref="Guid.CreateVersion7()"/> reads 16 bytes from <c>/dev/urandom</c> for every id on Linux, while
/// <see cref="Random.Shared"/> is seeded once per thread. The bits are random rather than a counter so that an id tells a
/// caller neither how many requests a replica served nor which ids other callers' requests will get. They are not
/// secrets and are never used as one.
/// </summary>
internal static class RequestIds
{
    public static string Next()
    {
        Span<byte> bits = stackalloc byte[16];
        Random.Shared.NextBytes(bits);
        return Convert.ToHexStringLower(bits);
    }
}
