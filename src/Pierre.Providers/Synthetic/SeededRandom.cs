namespace Pierre.Providers.Synthetic;

/// <summary>A <see cref="Random"/> whose sequence depends only on the user and a salt (a day, say), stable across runs.</summary>
internal static class SeededRandom
{
    public static Random For(Guid userId, int salt)
    {
        Span<byte> bytes = stackalloc byte[16];
        userId.TryWriteBytes(bytes);
        var seed = BitConverter.ToInt32(bytes[..4]) ^ BitConverter.ToInt32(bytes[4..8]) ^ BitConverter.ToInt32(bytes[8..12])
                   ^ BitConverter.ToInt32(bytes[12..]);
        return new Random(unchecked((seed * 397) ^ (salt * 7919)));
    }
}
