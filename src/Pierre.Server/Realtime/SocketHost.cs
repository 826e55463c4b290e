using System.Net.WebSockets;
using Microsoft.Extensions.Options;

namespace Pierre.Server.Realtime;

/// <summary>
/// Serves an accepted socket: signs it in by its first message when the upgrade carried no credential, registers it
/// with the hub, and closes it cleanly when the server stops.
/// </summary>
internal sealed class SocketHost(
    UserEventHub hub, IOptions<RealtimeOptions> options, IServiceScopeFactory scopes, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<SocketHost> logger)
{
    private readonly RealtimeOptions _options = options.Value;

    public async Task ServeAsync(WebSocket socket, SocketSignIn signIn, SocketAuthenticator authenticator, CancellationToken aborted)
    {
        Task? pendingRead = null;
        if (signIn.Caller is null)
        {
            (signIn, pendingRead) = await FirstMessageAsync(socket, authenticator, aborted).ConfigureAwait(false);
        }

        if (signIn is not { Caller: { } caller, Principal: { } principal })
        {
            logger.Refused(signIn.Refusal!);
            await RefuseAsync(socket, SocketClose.PolicyViolation(signIn.Refusal!), pendingRead, aborted).ConfigureAwait(false);
            return;
        }

        var live = new LiveSocket(new UserKey(caller.TenantId, caller.UserId), _options.SendQueueCapacity);
        live.Send(RealtimeJsonContext.Frame(new ReadyEvent(caller.TenantId, caller.UserId)));
        hub.Add(live);
        logger.Opened(caller.UserId, caller.TenantId);
        try
        {
            using var stopping = lifetime.ApplicationStopping.Register(() => live.Close(SocketClose.ShuttingDown));
            await new SocketSession(socket, live, principal, scopes, _options, clock, logger).RunAsync(aborted).ConfigureAwait(false);
        }
        finally
        {
            hub.Remove(live);
        }
    }

    /// <summary>
    /// The <c>{"type":"auth","token":"…"}</c> message that must come within <see cref="RealtimeOptions.AuthenticationTimeout"/>.
    /// The read is not cancelled when time is up (that would abort the socket): the refusal's close frame goes out while
    /// it waits, and the client's answer ends it.
    /// </summary>
    private async Task<(SocketSignIn SignIn, Task? PendingRead)> FirstMessageAsync(WebSocket socket, SocketAuthenticator authenticator, CancellationToken aborted)
    {
        var reading = SocketReader.ReadAsync(socket, new byte[_options.MaxMessageBytes], aborted);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        var timeUp = Task.Delay(_options.AuthenticationTimeout, clock, waiting.Token);
        if (await Task.WhenAny(reading, timeUp).ConfigureAwait(false) != reading)
        {
            return (SocketSignIn.Refused(
                $"no credential: send Authorization: Bearer on the upgrade, or an auth message within {_options.AuthenticationTimeout.TotalSeconds:0.#} s"), reading);
        }

        await waiting.CancelAsync().ConfigureAwait(false);
        ReadOnlyMemory<byte>? first;
        try
        {
            first = await reading.ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            return (SocketSignIn.Refused("the connection was lost before it signed in"), null);
        }

        var signIn = first is { } text && RealtimeJsonContext.Read(text.Span) is { Type: "auth", Token: { Length: > 0 } token }
            ? await authenticator.FromCredentialAsync(token, aborted).ConfigureAwait(false)
            : SocketSignIn.Refused("the first message must be {\"type\":\"auth\",\"token\":\"<access token or API key>\"}");
        return (signIn, null);
    }

    /// <summary>Sends the refusal's close frame and gives the client <see cref="RealtimeOptions.CloseTimeout"/> to answer it.</summary>
    private async Task RefuseAsync(WebSocket socket, SocketClose close, Task? pendingRead, CancellationToken aborted)
    {
        try
        {
            await socket.CloseOutputAsync(close.Status, close.Reason, aborted).ConfigureAwait(false);
            var answer = pendingRead ?? SocketReader.ReadAsync(socket, new byte[_options.MaxMessageBytes], aborted);
            await answer.WaitAsync(_options.CloseTimeout, clock, aborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException or IOException)
        {
            // The client left, or never answered: the connection is dropped.
        }
    }
}
