using System.Net.WebSockets;

namespace Pierre.Server.Realtime;

internal static class SocketReader
{
    /// <summary>
    /// One whole message, or null once the peer sent its close frame. A binary message, or one longer than
    /// <paramref name="buffer"/>, is read to its end and comes back empty: it means nothing here.
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(WebSocket socket, byte[] buffer, CancellationToken ct)
    {
        var length = 0;
        var tooLong = false;
        ValueWebSocketReceiveResult result;
        do
        {
            if (length == buffer.Length)
            {
                (tooLong, length) = (true, 0);
            }

            result = await socket.ReceiveAsync(buffer.AsMemory(length), ct).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            length += result.Count;
        }
        while (!result.EndOfMessage);

        return tooLong || result.MessageType != WebSocketMessageType.Text ? ReadOnlyMemory<byte>.Empty : buffer.AsMemory(0, length);
    }
}
