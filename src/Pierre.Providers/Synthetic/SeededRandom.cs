namespace Pierre.Providers.Synthetic;

/// <summary>
/// A random sequence that depends only on the user and a salt (a day, say), stable across runs and platforms: SplitMix64
/// (Steele, Lea and Flood 2014), which costs one multiply-xor chain to seed, where <see cref="Random"/>'s seeded
/// generator fills a 56-word table; the history seeds two per day.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    private SeededRandom(ulong state) => _state = state;

    public static SeededRandom For(Guid userId, int salt)
    {
        Span<byte> bytes = stackalloc byte[16];
        userId.TryWriteBytes(bytes);
        var seed = BitConverter.ToUInt64(bytes[..8]) ^ Mix(BitConverter.ToUInt64(bytes[8..]) ^ (uint)salt);
        return new SeededRandom(Mix(seed));
    }

    /// <summary>A double in [0, 1) from the top 53 bits.</summary>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextDouble() * maxExclusive);

    private ulong NextBits() => Mix(_state += 0x9E3779B97F4A7C15);

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
