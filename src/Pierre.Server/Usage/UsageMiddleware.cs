using System.Diagnostics;
using System.Globalization;
using Pierre.Server.Configuration;
using Pierre.Server.Errors;

namespace Pierre.Server.Usage;

/// <summary>
/// Counts every authenticated request of a user or API key against its monthly quota, sets the
/// <c>X-RateLimit-*</c> headers, and answers 429 (with <c>Retry-After</c>) without running anything once it is spent.
/// </summary>
internal sealed class UsageMiddleware(RequestDelegate next, QuotaTracker quotas, UsageRecorder recorder, ServerConfig config, TimeProvider clock)
{
    /// <summary>
    /// The status to record when the HTTP status does not tell the outcome: a tool's error is a JSON-RPC answer with
    /// HTTP 200, recorded as 400 as on TCP and stdio (an A2A task refused by the gate as 403).
    /// </summary>
    public const string StatusItem = "pierre.status";

    public Task InvokeAsync(HttpContext context) =>
        // A live-updates socket is not a request to count: it would hold a quota slot and record its whole lifetime as one call.
        context.WebSockets.IsWebSocketRequest || QuotaSubject.Of(context, config.Tiers) is not { } subject
            ? next(context)
            : CountAsync(context, subject);

    private async Task CountAsync(HttpContext context, QuotaSubject subject)
    {
        var decision = await quotas.TryConsumeAsync(subject).ConfigureAwait(false);
        var headers = context.Response.Headers;
        var resetSeconds = new DateTimeOffset(decision.ResetsAt).ToUnixTimeSeconds();
        headers["X-RateLimit-Limit"] = (decision.Limit ?? int.MaxValue).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = (decision.Remaining ?? int.MaxValue).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Reset"] = resetSeconds.ToString(CultureInfo.InvariantCulture);
        if (!decision.Allowed)
        {
            var wait = Math.Max(1, (long)Math.Ceiling((decision.ResetsAt - clock.GetUtcNow().UtcDateTime).TotalSeconds));
            headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            await Problems.Create(
                StatusCodes.Status429TooManyRequests,
                $"monthly quota of {decision.Limit} requests is used up; it resets at {decision.ResetsAt:yyyy-MM-ddTHH:mm:ssZ}")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            recorder.Record(new UsageRow(
                subject.TenantId,
                subject.UserId,
                subject.ApiKeyId,
                Operation(context),
                context.Items[StatusItem] as int? ?? context.Response.StatusCode,
                (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                clock.GetUtcNow().UtcDateTime));
        }
    }

    private static string Operation(HttpContext context)
    {
        if (context.Items[Mcp.McpHandlers.OperationItem] is string tool)
        {
            return tool;
        }

        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "/";
        var operation = $"{context.Request.Method} {route}";
        return operation.Length > 200 ? operation[..200] : operation;
    }
}
