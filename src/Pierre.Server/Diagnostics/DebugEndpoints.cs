namespace Pierre.Server.Diagnostics;

/// <summary>
/// Endpoints for operational tests, off unless <c>PIERRE_ENABLE_DEBUG_ENDPOINTS=true</c>:
/// <c>GET /debug/delay?ms=N</c> answers after N milliseconds (up to 60 s), to watch shutdown drain a slow request.
/// </summary>
internal static class DebugEndpoints
{
    public static IEndpointRouteBuilder MapPierreDebug(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/debug/delay", async (int ms, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            if (ms is < 0 or > 60_000)
            {
                return Results.Problem(statusCode: 400, title: "ms must be between 0 and 60000");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(ms), clock, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new { delayed_ms = ms });
        });
        return endpoints;
    }
}
