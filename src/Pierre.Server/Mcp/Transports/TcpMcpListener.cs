using System.Net.Sockets;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;
using Pierre.Server.Configuration;

namespace Pierre.Server.Mcp.Transports;

/// <summary>The seed's TCP MCP port (<c>PIERRE_MCP_TCP_PORT</c>, loopback by default): one task per connection.</summary>
internal sealed partial class TcpMcpListener(
    ServerConfig config, IServiceProvider services, IOptions<McpServerOptions> options, ILoggerFactory loggers, ILogger<TcpMcpListener> logger)
    : BackgroundService
{
    private TcpListener? _listener;

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
                _ = Task.Run(
                    async () =>
                    {
                        using var connection = new TcpMcpConnection(client, services, options.Value, loggers);
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
                    },
                    stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "MCP TCP connection failed")]
    private static partial void LogConnectionFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "MCP over TCP listening on {Address}:{Port}")]
    private static partial void LogListening(ILogger logger, string address, int port);
}
