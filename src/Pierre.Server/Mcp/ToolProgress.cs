using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Pierre.Server.Mcp;

/// <summary>
/// <c>notifications/progress</c> for a tool call, sent only when the client asked for it with a progress token.
/// </summary>
internal sealed class ToolProgress(McpServer? server, ProgressToken? token)
{
    public static readonly ToolProgress None = new(null, null);

    public async Task ReportAsync(double progress, double total, string message, CancellationToken ct)
    {
        if (server is not null && token is { } t)
        {
            await server.NotifyProgressAsync(t, new ProgressNotificationValue { Progress = (float)progress, Total = (float)total, Message = message }, cancellationToken: ct)
                .ConfigureAwait(false);
        }
    }
}
