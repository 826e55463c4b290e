using System.Net.WebSockets;

namespace Pierre.Server.Realtime;

/// <summary>What <c>/ws</c> logs: who connected and why a socket ended; never a credential.</summary>
internal static partial class RealtimeLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Live updates socket opened for user {UserId} of tenant {TenantId}")]
    public static partial void Opened(this ILogger logger, Guid userId, Guid tenantId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Live updates socket of user {UserId} ended: {Status} {Reason}")]
    public static partial void Ended(this ILogger logger, Guid userId, WebSocketCloseStatus? status, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates socket refused: {Reason}")]
    public static partial void Refused(this ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not re-check the credential of user {UserId}'s live updates socket; closing it")]
    public static partial void RecheckFailed(this ILogger logger, Guid userId, Exception exception);
}
