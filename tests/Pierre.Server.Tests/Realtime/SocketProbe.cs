using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Realtime;

/// <summary>A client socket on <c>/ws</c> of the in-process server, read in the background: its frames, then how it closed.</summary>
internal sealed class SocketProbe : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly Channel<JsonNode> _frames = Channel.CreateUnbounded<JsonNode>();
    private readonly TaskCompletionSource<(WebSocketCloseStatus? Status, string? Reason)> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;

    private SocketProbe(WebSocket socket)
    {
        Socket = socket;
        _reading = ReadAsync();
    }

    public WebSocket Socket { get; }

    /// <summary>Opens <paramref name="path"/>; a refused upgrade throws (its status is in the message).</summary>
    public static async Task<SocketProbe> OpenAsync(IdentityHarness h, string? bearer = null, string? origin = null, string path = "/ws", string? cookie = null)
    {
        var client = h.App.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (bearer is not null)
            {
                request.Headers.Authorization = $"Bearer {bearer}";
            }

            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }

            if (cookie is not null)
            {
                request.Headers.Cookie = cookie;
            }
        };
        var socket = await client.ConnectAsync(new Uri(h.App.Server.BaseAddress, path), TestContext.Current.CancellationToken);
        return new SocketProbe(socket);
    }

    /// <summary>Opens a socket with the credential in the upgrade's header and waits for its <c>ready</c> frame.</summary>
    public static async Task<SocketProbe> ReadyAsync(IdentityHarness h, string bearer)
    {
        var probe = await OpenAsync(h, bearer);
        Assert.Equal("ready", (await probe.NextAsync()).Str("type"));
        return probe;
    }

    public Task SendAsync(string json) =>
        Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, TestContext.Current.CancellationToken);

    public async Task<JsonNode> NextAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Patience);
        return await _frames.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>The first frame of <paramref name="type"/> (skipping others) whose operation, when given, starts with <paramref name="operation"/>.</summary>
    public async Task<JsonNode> NextOfAsync(string type, string? operation = null)
    {
        while (true)
        {
            var frame = await NextAsync();
            if (frame.Str("type") == type && (operation is null || frame["operation"]?.GetValue<string>().StartsWith(operation, StringComparison.Ordinal) == true))
            {
                return frame;
            }
        }
    }

    /// <summary>The frames that arrived within <paramref name="wait"/>.</summary>
    public async Task<List<JsonNode>> DrainAsync(TimeSpan wait)
    {
        await Task.Delay(wait, TestContext.Current.CancellationToken);
        var frames = new List<JsonNode>();
        while (_frames.Reader.TryRead(out var frame))
        {
            frames.Add(frame);
        }

        return frames;
    }

    /// <summary>The server's close frame; fails if the socket stays open past <see cref="Patience"/>.</summary>
    public Task<(WebSocketCloseStatus? Status, string? Reason)> ClosedAsync() => _closed.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        Socket.Abort();
        await _reading;
        Socket.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                var length = 0;
                WebSocketReceiveResult result;
                do
                {
                    result = await Socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), CancellationToken.None);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult((result.CloseStatus, result.CloseStatusDescription));
                    if (Socket.State == WebSocketState.CloseReceived)
                    {
                        await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                _frames.Writer.TryWrite(JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, length))!);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException or IOException)
        {
            _closed.TrySetResult((null, e.GetType().Name));
        }
    }
}
