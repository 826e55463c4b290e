using System.Net.Sockets;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using Pierre.Server.Configuration;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// The seed's TCP MCP port (<c>PIERRE_MCP_TCP_PORT</c>, loopback by default): one task per connection, at most
/// <c>PIERRE_MAX_CONNECTIONS</c> of them open at once.
/// </summary>
internal sealed partial class TcpMcpListener(
    ServerConfig config, IServiceProvider services, IOptions<McpServerOptions> options, ILoggerFactory loggers, ILogger<TcpMcpListener> logger)
    : BackgroundService
{
    private TcpListener? _listener;
    private int _open;

    // Binding here, not in ExecuteAsync, makes a taken port fail the start like Kestrel's does.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new TcpListener(config.McpTcpBindAddress, config.McpTcpPort!.Value);
        _listener.Start();
        LogListening(logger, config.McpTcpBindAddress.ToString(), config.McpTcpPort.Value);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listener = _listener!;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var client = await listener.AcceptTcpClientAsync(stoppingToken).ConfigureAwait(false);
                if (Interlocked.Increment(ref _open) > config.MaxConnections)
                {
                    Interlocked.Decrement(ref _open);
                    _ = RefuseAsync(client, stoppingToken);
                    continue;
                }

                _ = Task.Run(() => ServeAsync(client, stoppingToken), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            listener.Stop();
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stoppingToken)
    {
        using var connection = new TcpMcpConnection(client, services, options.Value, config, loggers);
        try
        {
            await connection.RunAsync(stoppingToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One broken connection must never take the listener down.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogConnectionFailed(logger, e);
        }
        finally
        {
            Interlocked.Decrement(ref _open);
        }
    }

    /// <summary>One error line, written within a bounded time (the client may not read), then the socket closes.</summary>
    private async Task RefuseAsync(TcpClient client, CancellationToken stoppingToken)
    {
        using var _ = client;
        LogRefused(logger, client.Client.RemoteEndPoint?.ToString(), config.MaxConnections);
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        bounded.CancelAfter(TimeSpan.FromSeconds(5));
        using var writer = new TcpLineWriter(client.GetStream());
        try
        {
            await writer.WriteAsync(
                JsonRpcErrors.Response(null, JsonRpcErrors.Closing, "too many connections: the server is at its limit; try again later"),
                bounded.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The client is gone or not reading; closing is all that is left.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "MCP TCP connection failed")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "MCP TCP connection from {Remote} refused: too many connections (limit {Limit})")]
    private static partial void LogRefused(ILogger logger, string? remote, int limit);

    [LoggerMessage(Level = LogLevel.Information, Message = "MCP over TCP listening on {Address}:{Port}")]
    private static partial void LogListening(ILogger logger, string address, int port);
}
