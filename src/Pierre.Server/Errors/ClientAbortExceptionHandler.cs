using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Diagnostics;

namespace Pierre.Server.Errors;

/// <summary>
/// A client that hangs up before its request is read is not a server failure: logged at debug, answered 499 (which only
/// the request log sees). The framework treats it so only when the request is already marked aborted, and after a reset
/// the read often fails first; handled here, the exception handler middleware logs nothing at error.
/// </summary>
internal sealed partial class ClientAbortExceptionHandler(ILogger<ClientAbortExceptionHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ClientWentAway(httpContext, exception))
        {
            return ValueTask.FromResult(false);
        }

        LogClientAbort(logger, exception.GetType().Name, exception.Message);
        if (!httpContext.Response.HasStarted)
        {
            httpContext.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
        }

        // Nobody is listening, and Kestrel would otherwise try to drain the rest of the body: after a reset its reader can
        // be left mid-read, and that drain fails with an error-level log of its own.
        httpContext.Abort();

        return ValueTask.FromResult(true);
    }

    // Kestrel signals a body cut short only by this message: its reason code is internal.
    private static bool ClientWentAway(HttpContext context, Exception exception) => exception switch
    {
        ConnectionResetException => true,
        BadHttpRequestException bad => bad.Message.StartsWith("Unexpected end of request content", StringComparison.Ordinal),
        OperationCanceledException or IOException => context.RequestAborted.IsCancellationRequested,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client went away before its request was read ({Exception}: {Reason})")]
    private static partial void LogClientAbort(ILogger logger, string exception, string reason);
}
