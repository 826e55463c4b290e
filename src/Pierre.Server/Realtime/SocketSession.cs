using System.Net.WebSockets;
using System.Security.Claims;

namespace Pierre.Server.Realtime;

/// <summary>
/// One authenticated socket until it ends: one loop sends the queued frames (the only writer of the socket), one
/// answers the client (<c>ping</c>, close), one re-checks the credential every <see cref="RealtimeOptions.RevalidationPeriod"/>.
/// Whoever ends the socket first sets its close frame; a client that vanishes ends all three.
/// </summary>
internal sealed class SocketSession(
    WebSocket socket, LiveSocket live, ClaimsPrincipal principal, IServiceScopeFactory scopes, RealtimeOptions options, TimeProvider clock, ILogger logger)
{
    private static readonly ReadOnlyMemory<byte> Pong = RealtimeJsonContext.Frame(PongEvent.Instance);

    public async Task RunAsync(CancellationToken aborted)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var sending = SendAsync(stop);
        var rechecking = RecheckAsync(stop.Token);
        try
        {
            await ReceiveAsync(stop.Token).ConfigureAwait(false);
            // The client closed (or answered our close): echo its close frame after what is still queued.
            live.Close(new SocketClose(WebSocketCloseStatus.NormalClosure, string.Empty));
            stop.CancelAfter(options.CloseTimeout);
            await sending.ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            live.Close(new SocketClose(WebSocketCloseStatus.EndpointUnavailable, "connection lost"));
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(sending, rechecking).ConfigureAwait(false);
            logger.Ended(live.User.UserId, socket.CloseStatus ?? live.Closing?.Status, live.Closing?.Reason);
        }
    }

    private async Task ReceiveAsync(CancellationToken ct)
    {
        var buffer = new byte[options.MaxMessageBytes];
        while (await SocketReader.ReadAsync(socket, buffer, ct).ConfigureAwait(false) is { } message)
        {
            if (RealtimeJsonContext.Read(message.Span) is { Type: "ping" })
            {
                live.Send(Pong);
            }
        }
    }

    private async Task SendAsync(CancellationTokenSource stop)
    {
        try
        {
            await foreach (var frame in live.Outgoing.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, stop.Token).ConfigureAwait(false);
            }

            if (live.Closing is { } close && socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(close.Status, close.Reason, stop.Token).ConfigureAwait(false);
            }

            // The client has this long to answer the close frame before the connection is dropped.
            stop.CancelAfter(options.CloseTimeout);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The connection is gone; the receiving loop ends with it.
        }
    }

    private async Task RecheckAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.RevalidationPeriod, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct).ConfigureAwait(false))
            {
                await using var scope = scopes.CreateAsyncScope();
                var verdict = await scope.ServiceProvider.GetRequiredService<SocketAuthenticator>().AdmitAsync(principal, ct).ConfigureAwait(false);
                if (verdict.Refusal is { } refusal)
                {
                    live.Close(SocketClose.PolicyViolation(refusal));
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The socket ended.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Fail closed: a socket whose credential cannot be checked is not kept open.
            logger.RecheckFailed(live.User.UserId, e);
            live.Close(new SocketClose(WebSocketCloseStatus.InternalServerError, "could not re-check the credential; reconnect"));
        }
    }
}
