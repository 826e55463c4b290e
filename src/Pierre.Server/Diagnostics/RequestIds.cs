using System.Security.Cryptography;

namespace Pierre.Server.Diagnostics;

/// <summary>
/// Fresh request ids, 32 lowercase hex digits, without a system call per request: <see cref="Guid.CreateVersion7()"/>
/// reads 16 bytes from <c>/dev/urandom</c> for every id on Linux. An id is this process's random 64-bit prefix, drawn
/// once, followed by a counter: distinct across replicas and restarts in practice, and in order within a process.
/// </summary>
internal static class RequestIds
{
    private static readonly ulong Prefix = BitConverter.ToUInt64(RandomNumberGenerator.GetBytes(sizeof(ulong)));
    private static long _counter;

    public static string Next() => string.Create(32, (ulong)Interlocked.Increment(ref _counter), static (text, number) =>
    {
        Prefix.TryFormat(text[..16], out _, "x16");
        number.TryFormat(text[16..], out _, "x16");
    });
}
