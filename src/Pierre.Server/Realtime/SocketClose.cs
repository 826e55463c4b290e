using System.Net.WebSockets;

namespace Pierre.Server.Realtime;

/// <summary>Why the server ends a socket: the close frame it sends once the queued events are out.</summary>
internal sealed record SocketClose(WebSocketCloseStatus Status, string Reason)
{
    /// <summary>A close frame's reason holds at most 123 bytes of UTF-8.</summary>
    private const int MaxReasonBytes = 123;

    public static SocketClose PolicyViolation(string reason) => new(WebSocketCloseStatus.PolicyViolation, Fit(reason));

    public static readonly SocketClose ShuttingDown = new(WebSocketCloseStatus.EndpointUnavailable, "server shutting down");

    private static string Fit(string reason)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(reason) <= MaxReasonBytes)
        {
            return reason;
        }

        var end = reason.Length;
        while (System.Text.Encoding.UTF8.GetByteCount(reason.AsSpan(0, end)) > MaxReasonBytes)
        {
            end--;
        }

        return reason[..end];
    }
}
