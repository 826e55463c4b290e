using System.Buffers;
using System.Text;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// Writes whole lines to a TCP client; the lock keeps answers from the SDK and from the front end from interleaving.
/// A client that stops reading cannot hold the connection: a line not written within <see cref="Timeout"/> ends it.
/// Each line goes out in one write, from a pooled buffer.
/// </summary>
internal sealed class TcpLineWriter(Stream socket) : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task WriteAsync(string line, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(line.Length) + 1);
        try
        {
            var length = Encoding.UTF8.GetBytes(line, buffer);
            await WriteLineAsync(buffer, length, ct).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task WriteAsync(ReadOnlySequence<byte> line, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(checked((int)line.Length + 1));
        try
        {
            line.CopyTo(buffer);
            await WriteLineAsync(buffer, (int)line.Length, ct).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the first <paramref name="length"/> bytes of <paramref name="buffer"/> and a newline after them.</summary>
    private async Task WriteLineAsync(byte[] buffer, int length, CancellationToken ct)
    {
        buffer[length] = (byte)'\n';
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(Timeout);
        try
        {
            await _lock.WaitAsync(bounded.Token).ConfigureAwait(false);
            try
            {
                await socket.WriteAsync(buffer.AsMemory(0, length + 1), bounded.Token).ConfigureAwait(false);
                await socket.FlushAsync(bounded.Token).ConfigureAwait(false);
            }
            finally
            {
                _lock.Release();
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"the client read nothing for {Timeout.TotalSeconds:0} s");
        }
    }

    public void Dispose() => _lock.Dispose();
}
