using System.Threading.Channels;

namespace Pierre.Server.Realtime;

/// <summary>
/// One open socket as the hub sees it: a bounded queue of frames, and how it is to be closed. A full queue drops its
/// oldest frame, so a client that reads slowly loses events instead of holding up whoever publishes them.
/// </summary>
internal sealed class LiveSocket(UserKey user, int capacity)
{
    private readonly Channel<ReadOnlyMemory<byte>> _outgoing = Channel.CreateBounded<ReadOnlyMemory<byte>>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private SocketClose? _close;

    public UserKey User { get; } = user;

    public ChannelReader<ReadOnlyMemory<byte>> Outgoing => _outgoing.Reader;

    /// <summary>Why the socket is closing, once <see cref="Close"/> was called.</summary>
    public SocketClose? Closing => Volatile.Read(ref _close);

    public void Send(ReadOnlyMemory<byte> frame) => _outgoing.Writer.TryWrite(frame);

    /// <summary>Sends what is queued, then a close frame; the first reason given wins.</summary>
    public void Close(SocketClose close)
    {
        if (Interlocked.CompareExchange(ref _close, close, null) is null)
        {
            _outgoing.Writer.TryComplete();
        }
    }
}
