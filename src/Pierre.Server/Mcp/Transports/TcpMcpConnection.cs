using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// One TCP connection of the seed's line-delimited JSON-RPC transport. It authenticates on <c>initialize</c>
/// (<c>params.auth</c>) within the init timeout, answers malformed lines itself, splits JSON-RPC batches for the SDK
/// (MCP dropped batches in 2025-06-18) and joins their answers, hands everything else to an SDK server with the same
/// tools as HTTP, and closes after the idle timeout.
/// </summary>
internal sealed partial class TcpMcpConnection(TcpClient client, IServiceProvider services, McpServerOptions options, ServerConfig config, ILoggerFactory loggers)
    : IDisposable
{
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromSeconds(60);
    private readonly BatchAnswers _batchAnswers = new();
    private readonly ILogger _logger = loggers.CreateLogger<TcpMcpConnection>();
    private TcpLineWriter _writer = new(Stream.Null);

    public async Task RunAsync(CancellationToken ct)
    {
        var socket = client.GetStream();
        _writer = new TcpLineWriter(socket);
        var reader = new LineReader(socket, config.McpMaxBodyBytes);
        var (principal, initializeLine) = await AuthenticateWithinAsync(reader, ct).ConfigureAwait(false);
        if (principal is null)
        {
            return;
        }

        var toServer = new Pipe();
        var fromServer = new Pipe();
        var transport = new StreamServerTransport(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), "tcp", loggers);
        var connectionOptions = new McpServerOptions
        {
            ServerInfo = options.ServerInfo,
            Capabilities = options.Capabilities,
            ServerInstructions = options.ServerInstructions,
            Handlers = options.Handlers,
            Filters = options.Filters,
        };
        await using var server = McpServer.Create(transport, connectionOptions, loggers, services);
        var identities = services.GetRequiredService<ConnectionIdentities>();
        identities.Bind(connectionOptions, principal);
        try
        {
            var running = server.RunAsync(ct);
            var pumping = PumpServerOutputAsync(fromServer.Reader, ct);
            await SendToServerAsync(toServer.Writer, initializeLine!, ct).ConfigureAwait(false);
            if (await ForwardAsync(reader, toServer.Writer, ct).ConfigureAwait(false) is End.Idle)
            {
                await DropAsync($"idle for {config.McpTcpIdleTimeout.TotalSeconds} s", ct).ConfigureAwait(false);
            }

            await toServer.Writer.CompleteAsync().ConfigureAwait(false);
            await Task.WhenAll(running, pumping).WaitAsync(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            LogDropped(_logger, client.Client.RemoteEndPoint?.ToString(), e.Message);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client went away or the server is stopping: the connection simply ends.
        }
        finally
        {
            identities.Unbind(connectionOptions);
        }
    }

    /// <summary>The whole pre-authentication phase has one deadline, so a client dripping bad lines cannot hold the socket.</summary>
    private async Task<(ClaimsPrincipal? Principal, string? Line)> AuthenticateWithinAsync(LineReader reader, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(config.McpTcpInitTimeout);
        try
        {
            return await AuthenticateAsync(reader, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await DropAsync($"no initialize within {config.McpTcpInitTimeout.TotalSeconds} s", ct).ConfigureAwait(false);
            return (null, null);
        }
        catch (Exception e) when (e is IOException or TimeoutException)
        {
            return (null, null);
        }
    }

    private async Task<(ClaimsPrincipal? Principal, string? Line)> AuthenticateAsync(LineReader reader, CancellationToken ct)
    {
        while (true)
        {
            var (line, tooLong) = await reader.ReadAsync(ct).ConfigureAwait(false);
            if (line is null && !tooLong)
            {
                return (null, null);
            }

            if (JsonRpcMessageCheck.Refusal(line, tooLong, config.McpMaxBodyBytes, out var message) is { } refusal)
            {
                await _writer.WriteAsync(refusal, ct).ConfigureAwait(false);
                continue;
            }

            var id = message is JsonObject o ? o["id"] : null;
            if (message is not JsonObject request || request["method"]?.GetValue<string>() != "initialize")
            {
                await _writer.WriteAsync(JsonRpcErrors.Response(id, JsonRpcErrors.Unauthorized, "authenticate first: send initialize with params.auth = \"Bearer <API key or access token>\""), ct).ConfigureAwait(false);
                return (null, null);
            }

            var auth = request["params"] is JsonObject parameters && parameters["auth"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            await using var scope = services.CreateAsyncScope();
            var principal = await scope.ServiceProvider.GetRequiredService<BearerAuthenticator>().AuthenticateAsync(auth, "tcp", ct).ConfigureAwait(false);
            var status = principal?.FindFirstValue(PierreClaims.Status);
            if (principal is null || status != StatusNames.Active)
            {
                var reason = principal is null ? "invalid or missing credentials in params.auth" : $"account {status}: it cannot use MCP until an admin re-activates it";
                await _writer.WriteAsync(JsonRpcErrors.Response(id, JsonRpcErrors.Unauthorized, reason), ct).ConfigureAwait(false);
                return (null, null);
            }

            return (principal, line);
        }
    }

    private async Task<End> ForwardAsync(LineReader reader, PipeWriter toServer, CancellationToken ct)
    {
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(ct);
            idle.CancelAfter(config.McpTcpIdleTimeout);
            (string? Line, bool TooLong) read;
            try
            {
                read = await reader.ReadAsync(idle.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return End.Idle;
            }

            if (read is { Line: null, TooLong: false })
            {
                return End.Closed;
            }

            if (JsonRpcMessageCheck.Refusal(read.Line, read.TooLong, config.McpMaxBodyBytes, out var message) is { } refusal)
            {
                await _writer.WriteAsync(refusal, ct).ConfigureAwait(false);
            }
            else if (message is JsonArray batch)
            {
                await ForwardBatchAsync(batch, toServer, ct).ConfigureAwait(false);
            }
            else
            {
                await SendToServerAsync(toServer, read.Line!, ct).ConfigureAwait(false);
            }
        }
    }

    private async Task ForwardBatchAsync(JsonArray batch, PipeWriter toServer, CancellationToken ct)
    {
        var answers = new List<Task<JsonNode>>();
        foreach (var item in batch)
        {
            var problem = item is JsonObject element
                ? JsonRpcMessageCheck.Problem(element)
                : JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, "a batch element must be an object");
            if (problem is not null)
            {
                answers.Add(Task.FromResult(JsonNode.Parse(problem)!));
                continue;
            }

            var request = (JsonObject)item!;
            if (request["id"] is { } id && request["method"] is not null)
            {
                answers.Add(_batchAnswers.Expect(id));
            }

            await SendToServerAsync(toServer, request.ToJsonString(), ct).ConfigureAwait(false);
        }

        if (answers.Count > 0)
        {
            var responses = await Task.WhenAll(answers).WaitAsync(BatchTimeout, ct).ConfigureAwait(false);
            await _writer.WriteAsync(new JsonArray([.. responses]).ToJsonString(), ct).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Passes the SDK's lines to the client as bytes: an answer is neither decoded nor parsed, except while a batch
    /// waits for its answers.
    /// </summary>
    private async Task PumpServerOutputAsync(PipeReader fromServer, CancellationToken ct)
    {
        while (true)
        {
            var result = await fromServer.ReadAsync(ct).ConfigureAwait(false);
            var buffer = result.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                var line = buffer.Slice(0, end);
                if (!(_batchAnswers.Waiting && JsonRpcMessageCheck.TryParse(line, out var message) && _batchAnswers.TryDeliver(message)))
                {
                    await _writer.WriteAsync(line, ct).ConfigureAwait(false);
                }

                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }

            fromServer.AdvanceTo(buffer.Start, buffer.End);
            if (result.IsCompleted)
            {
                return;
            }
        }
    }

    /// <summary>Tells the client why the connection ends (best effort, bounded: it may not be reading) and logs it.</summary>
    private async Task DropAsync(string reason, CancellationToken ct)
    {
        LogDropped(_logger, client.Client.RemoteEndPoint?.ToString(), reason);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _writer.WriteAsync(JsonRpcErrors.Response(null, JsonRpcErrors.Closing, $"{reason}; closing the connection"), bounded.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or TimeoutException)
        {
            // The client is gone or not reading; closing is all that is left.
        }
    }

    private static async Task SendToServerAsync(PipeWriter toServer, string line, CancellationToken ct)
    {
        var span = toServer.GetSpan(Encoding.UTF8.GetMaxByteCount(line.Length) + 1);
        var length = Encoding.UTF8.GetBytes(line, span);
        span[length] = (byte)'\n';
        toServer.Advance(length + 1);
        await toServer.FlushAsync(ct).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _writer.Dispose();
        client.Dispose();
    }

    private enum End
    {
        Closed,
        Idle,
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MCP TCP connection from {Remote} dropped: {Reason}")]
    private static partial void LogDropped(ILogger logger, string? remote, string reason);
}
