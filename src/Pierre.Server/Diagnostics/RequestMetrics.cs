using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pierre.Server.Diagnostics;

/// <summary>
/// Pierre's own latency histograms (each one also counts: its <c>_count</c> series): HTTP requests by route pattern,
/// method and status, and tool calls by tool, transport and outcome. Labels are bounded sets only (never a raw path, a tenant, a user or a key), so the
/// series stay few and show nobody's data.
/// </summary>
internal sealed class RequestMetrics
{
    public const string MeterName = "Pierre.Server";
    public const string UnmatchedRoute = "(unmatched)";

    // Seconds, from 5 ms to 30 s (the request timeout): the OpenTelemetry defaults are milliseconds-sized.
    private static readonly InstrumentAdvice<double> DurationBuckets = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30],
    };

    // Boxed once: a status code tag would otherwise box an int on every request.
    private static readonly object[] StatusCodes = [.. Enumerable.Range(0, 600).Select(code => (object)code)];

    private readonly Histogram<double> _requestDuration;
    private readonly Histogram<double> _toolCallDuration;

    public RequestMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _requestDuration = meter.CreateHistogram("pierre.http.request.duration", "s", "Time to answer an HTTP request", advice: DurationBuckets);
        _toolCallDuration = meter.CreateHistogram("pierre.tool.call.duration", "s", "Time a tool call ran", advice: DurationBuckets);
    }

    /// <summary>One answered request; <paramref name="route"/> is the endpoint's pattern or <see cref="UnmatchedRoute"/>.</summary>
    public void RecordRequest(string route, string method, int statusCode, TimeSpan duration)
    {
        var tags = new TagList
        {
            { "http.route", route },
            { "http.request.method", KnownMethod(method) },
            { "http.response.status_code", statusCode is >= 0 and < 600 ? StatusCodes[statusCode] : statusCode },
        };
        _requestDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>One tool run; <paramref name="tool"/> must be a catalog name (an unknown name is refused before it runs).</summary>
    public void RecordToolCall(string tool, string transport, bool succeeded, TimeSpan duration)
    {
        var tags = new TagList
        {
            { "tool", tool },
            { "transport", transport },
            { "outcome", succeeded ? "ok" : "error" },
        };
        _toolCallDuration.Record(duration.TotalSeconds, tags);
    }

    // The method is the caller's text: anything outside the standard set is one label, as OpenTelemetry's conventions say.
    private static string KnownMethod(string method) => method switch
    {
        _ when HttpMethods.IsGet(method) => HttpMethods.Get,
        _ when HttpMethods.IsPost(method) => HttpMethods.Post,
        _ when HttpMethods.IsPut(method) => HttpMethods.Put,
        _ when HttpMethods.IsDelete(method) => HttpMethods.Delete,
        _ when HttpMethods.IsPatch(method) => HttpMethods.Patch,
        _ when HttpMethods.IsHead(method) => HttpMethods.Head,
        _ when HttpMethods.IsOptions(method) => HttpMethods.Options,
        _ => "_OTHER",
    };
}
