using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>
/// What every fake route does before its handler: count the request, answer an injected fault, and for the API count
/// it against the rate limits (sending Strava's headers, 429 when over) and check the Bearer token as Strava does.
/// </summary>
internal static class FakeStravaGate
{
    public const string ScopesItem = "fake-strava-scopes";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static Func<EndpointFilterInvocationContext, EndpointFilterDelegate, ValueTask<object?>> For(FakeStravaServer server, string route, bool api) =>
        async (context, next) =>
        {
            var http = context.HttpContext;
            server.CountRequest(route);
            if (server.TakeFault(route) is { } fault)
            {
                return await FaultAsync(server, fault, http.RequestAborted);
            }

            if (!api)
            {
                return await next(context);
            }

            var (headers, exceeded) = server.RateLimiter.Count();
            foreach (var (name, value) in headers)
            {
                http.Response.Headers[name] = value;
            }

            if (exceeded)
            {
                return FakeStravaErrors.RateLimitExceeded();
            }

            var authorization = http.Request.Headers.Authorization.ToString();
            var token = authorization.StartsWith("Bearer ", StringComparison.Ordinal) ? authorization["Bearer ".Length..].Trim() : "";
            if (server.Tokens.Validate(token) is not { } scopes)
            {
                return FakeStravaErrors.InvalidAccessToken();
            }

            http.Items[ScopesItem] = scopes;
            return await next(context);
        };

    private static async Task<IResult> FaultAsync(FakeStravaServer server, FakeStravaFault fault, CancellationToken aborted)
    {
        switch (fault)
        {
            case FakeStravaFault.ServerError:
                return Results.Content("<html><body><h1>500 Internal Server Error</h1></body></html>", "text/html", statusCode: 500);
            case FakeStravaFault.TooManyRequests:
                return FakeStravaErrors.RateLimitExceeded();
            case FakeStravaFault.GarbageBody:
                return Results.Content("{\"id\": 12, \"name\": <<not json", "application/json");
            default:
                using (var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, server.Stopping))
                {
                    try
                    {
                        await Task.Delay(server.HangDuration, linked.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }
                }

                return Results.StatusCode(504);
        }
    }
}
