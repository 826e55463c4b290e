using System.Text;

namespace Pierre.Server.Mcp.Transports;

/// <summary>Writes whole lines to a TCP client; the lock keeps answers from the SDK and from the front end from interleaving.</summary>
internal sealed class TcpLineWriter(Stream socket) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task WriteAsync(string line, CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await socket.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), ct).ConfigureAwait(false);
            await socket.FlushAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
