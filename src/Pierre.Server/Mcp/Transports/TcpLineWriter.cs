using System.Text;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// Writes whole lines to a TCP client; the lock keeps answers from the SDK and from the front end from interleaving.
/// A client that stops reading cannot hold the connection: a line not written within <see cref="Timeout"/> ends it.
/// </summary>
internal sealed class TcpLineWriter(Stream socket) : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task WriteAsync(string line, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(Timeout);
        try
        {
            await _lock.WaitAsync(bounded.Token).ConfigureAwait(false);
            try
            {
                await socket.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), bounded.Token).ConfigureAwait(false);
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
