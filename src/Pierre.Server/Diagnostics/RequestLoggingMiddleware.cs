using System.Collections;
using System.Diagnostics;
using Pierre.Server.Security;

namespace Pierre.Server.Diagnostics;

/// <summary>
/// Logs and counts every HTTP request once (method, route, status, duration, request id) and echoes <c>X-Request-Id</c>:
/// the caller's when it is a sane token, a new one otherwise, so a client can quote it in a bug report.
/// </summary>
internal sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, RequestMetrics metrics)
{
    public const string HeaderName = "X-Request-Id";
    private const int MaxRequestIdLength = 128;

    public async Task InvokeAsync(HttpContext context)
    {
        var requestId = AcceptedRequestId(context.Request.Headers[HeaderName].ToString()) ?? RequestIds.Next();
        context.TraceIdentifier = requestId;
        context.Response.Headers[HeaderName] = requestId;
        var started = Stopwatch.GetTimestamp();
        using var scope = logger.BeginScope(new RequestScope(requestId));
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted ? 499 : context.Response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            // An unmatched path is the caller's text: one label in the metrics (no unbounded series), and escaped in the
            // log, where it cannot move a terminal's cursor or forge a line.
            metrics.RecordRequest(pattern ?? RequestMetrics.UnmatchedRoute, context.Request.Method, status, elapsed);
            LogRequest(logger, context.Request.Method, pattern ?? UnsafeCharacters.Escape(context.Request.Path.Value ?? "/"), status, elapsed.TotalMilliseconds, requestId);
        }
    }

    private static string? AcceptedRequestId(string value) =>
        value.Length is > 0 and <= MaxRequestIdLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? value
            : null;

    /// <summary>A request's log scope: its id as one structured property, without a dictionary per request.</summary>
    private sealed class RequestScope(string requestId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 1;

        public KeyValuePair<string, object?> this[int index] =>
            index == 0 ? new("RequestId", requestId) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"RequestId:{requestId}";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Route} -> {StatusCode} in {DurationMs:0.0} ms [{RequestId}]")]
    private static partial void LogRequest(ILogger logger, string method, string route, int statusCode, double durationMs, string requestId);
}
