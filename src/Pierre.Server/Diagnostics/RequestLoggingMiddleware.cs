using System.Diagnostics;
using Pierre.Server.Security;

namespace Pierre.Server.Diagnostics;

/// <summary>
/// Logs every HTTP request once (method, route, status, duration, request id) and echoes <c>X-Request-Id</c>:
/// the caller's when it is a sane token, a new one otherwise, so a client can quote it in a bug report.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string HeaderName = "X-Request-Id";
    private const int MaxRequestIdLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = AcceptedRequestId(context.Request.Headers[HeaderName].ToString()) ?? Guid.CreateVersion7().ToString("N");
        context.TraceIdentifier = requestId;
        context.Response.Headers[HeaderName] = requestId;
        var started = Stopwatch.GetTimestamp();
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["RequestId"] = requestId });
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            // An unmatched path is the caller's text: escaped, it cannot move a terminal's cursor or forge a log line.
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? UnsafeCharacters.Escape(context.Request.Path.Value ?? "/");
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
            LogRequest(logger, context.Request.Method, route, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds, requestId);
        }
    }

    private static string? AcceptedRequestId(string value) =>
        value.Length is > 0 and <= MaxRequestIdLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Route} -> {StatusCode} in {DurationMs:0.0} ms [{RequestId}]")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double durationMs, string requestId);
}
