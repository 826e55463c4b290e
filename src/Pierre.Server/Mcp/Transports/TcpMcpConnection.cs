using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Server;
using Pierre.Server.Auth;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// One TCP connection of the seed's line-delimited JSON-RPC transport. It authenticates on <c>initialize</c>
/// (<c>params.auth</c>), answers malformed lines itself, splits JSON-RPC batches for the SDK (MCP dropped batches in
/// 2025-06-18) and joins their answers, and hands everything else to an SDK server with the same tools as HTTP.
/// </summary>
internal sealed class TcpMcpConnection(TcpClient client, IServiceProvider services, McpServerOptions options, ILoggerFactory loggers)
    : IDisposable
{
    public const int MaxLineBytes = 1024 * 1024;
    private static readonly TimeSpan BatchTimeout = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonNode>> _batchWaiters = new(StringComparer.Ordinal);
    private Stream _socket = Stream.Null;

    public async Task RunAsync(CancellationToken ct)
    {
        _socket = client.GetStream();
        var reader = new LineReader(_socket, MaxLineBytes);
        var (principal, initializeLine) = await AuthenticateAsync(reader, ct).ConfigureAwait(false);
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
            await ForwardAsync(reader, toServer.Writer, ct).ConfigureAwait(false);
            await toServer.Writer.CompleteAsync().ConfigureAwait(false);
            await Task.WhenAll(running, pumping).WaitAsync(TimeSpan.FromSeconds(5), ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or TimeoutException)
        {
            // The client went away or the server is stopping: the connection simply ends.
        }
        finally
        {
            identities.Unbind(connectionOptions);
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

            if (tooLong || !TryParse(line!, out var message))
            {
                await WriteAsync(JsonRpcErrors.Response(null, tooLong ? JsonRpcErrors.InvalidRequest : JsonRpcErrors.ParseError, tooLong ? "message exceeds 1 MiB" : "parse error: not valid JSON"), ct).ConfigureAwait(false);
                continue;
            }

            var id = message is JsonObject o ? o["id"] : null;
            if (message is not JsonObject request || request["method"]?.GetValue<string>() != "initialize")
            {
                await WriteAsync(JsonRpcErrors.Response(id, JsonRpcErrors.Unauthorized, "authenticate first: send initialize with params.auth = \"Bearer <API key or access token>\""), ct).ConfigureAwait(false);
                return (null, null);
            }

            var auth = request["params"]?["auth"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            await using var scope = services.CreateAsyncScope();
            var principal = await scope.ServiceProvider.GetRequiredService<BearerAuthenticator>().AuthenticateAsync(auth, "tcp", ct).ConfigureAwait(false);
            var status = principal?.FindFirstValue(PierreClaims.Status);
            if (principal is null || status != StatusNames.Active)
            {
                var reason = principal is null ? "invalid or missing credentials in params.auth" : $"account {status}: it cannot use MCP until an admin re-activates it";
                await WriteAsync(JsonRpcErrors.Response(id, JsonRpcErrors.Unauthorized, reason), ct).ConfigureAwait(false);
                return (null, null);
            }

            return (principal, line);
        }
    }

    private async Task ForwardAsync(LineReader reader, PipeWriter toServer, CancellationToken ct)
    {
        while (true)
        {
            var (line, tooLong) = await reader.ReadAsync(ct).ConfigureAwait(false);
            if (line is null && !tooLong)
            {
                return;
            }

            if (tooLong)
            {
                await WriteAsync(JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, "message exceeds 1 MiB"), ct).ConfigureAwait(false);
            }
            else if (!TryParse(line!, out var message))
            {
                await WriteAsync(JsonRpcErrors.Response(null, JsonRpcErrors.ParseError, "parse error: not valid JSON"), ct).ConfigureAwait(false);
            }
            else if (message is JsonArray batch)
            {
                await ForwardBatchAsync(batch, toServer, ct).ConfigureAwait(false);
            }
            else if (message is JsonObject)
            {
                await SendToServerAsync(toServer, line!, ct).ConfigureAwait(false);
            }
            else
            {
                await WriteAsync(JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, "a message must be a JSON object or a batch array"), ct).ConfigureAwait(false);
            }
        }
    }

    private async Task ForwardBatchAsync(JsonArray batch, PipeWriter toServer, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            await WriteAsync(JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, "empty batch"), ct).ConfigureAwait(false);
            return;
        }

        var answers = new List<Task<JsonNode>>();
        foreach (var item in batch)
        {
            if (item is not JsonObject request)
            {
                answers.Add(Task.FromResult(JsonNode.Parse(JsonRpcErrors.Response(null, JsonRpcErrors.InvalidRequest, "a batch element must be an object"))!));
                continue;
            }

            if (request["id"] is { } id && request["method"] is not null)
            {
                var waiter = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
                _batchWaiters[id.ToJsonString()] = waiter;
                answers.Add(waiter.Task);
            }

            await SendToServerAsync(toServer, request.ToJsonString(), ct).ConfigureAwait(false);
        }

        if (answers.Count > 0)
        {
            var responses = await Task.WhenAll(answers).WaitAsync(BatchTimeout, ct).ConfigureAwait(false);
            await WriteAsync(new JsonArray([.. responses]).ToJsonString(), ct).ConfigureAwait(false);
        }
    }

    private async Task PumpServerOutputAsync(PipeReader fromServer, CancellationToken ct)
    {
        var reader = new LineReader(fromServer.AsStream(), int.MaxValue);
        while (await reader.ReadAsync(ct).ConfigureAwait(false) is { Line: { } line })
        {
            if (TryParse(line, out var message) && message is JsonObject response && response["method"] is null
                && response["id"] is { } id && _batchWaiters.TryRemove(id.ToJsonString(), out var waiter))
            {
                waiter.TrySetResult(response.DeepClone());
                continue;
            }

            await WriteAsync(line, ct).ConfigureAwait(false);
        }
    }

    private static async Task SendToServerAsync(PipeWriter toServer, string line, CancellationToken ct)
    {
        await toServer.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), ct).ConfigureAwait(false);
    }

    private async Task WriteAsync(string line, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await _socket.WriteAsync(Encoding.UTF8.GetBytes(line + "\n"), ct).ConfigureAwait(false);
            await _socket.FlushAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static bool TryParse(string line, out JsonNode? message)
    {
        try
        {
            message = JsonNode.Parse(line);
            return message is not null;
        }
        catch (JsonException)
        {
            message = null;
            return false;
        }
    }

    public void Dispose()
    {
        _writeLock.Dispose();
        client.Dispose();
    }
}
