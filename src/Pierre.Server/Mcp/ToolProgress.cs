using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Pierre.Server.Mcp;

/// <summary>
/// Progress of a tool call, told to whoever asked for it: an MCP client with a progress token
/// (<c>notifications/progress</c>), or an A2A task's status updates.
/// </summary>
internal sealed class ToolProgress(Func<double, double, string, CancellationToken, Task>? report)
{
    public static readonly ToolProgress None = new(null);

    /// <summary>MCP's progress notifications, sent only when the client asked for them with a progress token.</summary>
    public static ToolProgress Mcp(McpServer server, ProgressToken? token) => token is { } t
        ? new ToolProgress((progress, total, message, ct) => server.NotifyProgressAsync(
            t, new ProgressNotificationValue { Progress = (float)progress, Total = (float)total, Message = message }, cancellationToken: ct))
        : None;

    public Task ReportAsync(double progress, double total, string message, CancellationToken ct) =>
        report is null ? Task.CompletedTask : report(progress, total, message, ct);
}
