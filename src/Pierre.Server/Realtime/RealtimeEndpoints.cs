using Pierre.Server.Errors;

namespace Pierre.Server.Realtime;

internal static class RealtimeEndpoints
{
    /// <summary>Live updates: a WebSocket per client that receives the signed-in user's events (README, "Live updates").</summary>
    public static IEndpointRouteBuilder MapPierreRealtime(this IEndpointRouteBuilder endpoints)
    {
        // A socket lives for hours: the default request timeout would cut it.
        endpoints.MapGet(string.Empty, ConnectAsync).DisableRequestTimeout().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> ConnectAsync(HttpContext context, SocketOrigins origins, SocketAuthenticator authenticator, SocketHost host)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return Problems.BadRequest("this endpoint takes WebSocket upgrade requests only (GET with Upgrade: websocket)");
        }

        if (!origins.Allows(context.Request))
        {
            return Problems.Forbidden("this origin may not open live updates");
        }

        var ct = context.RequestAborted;
        var signIn = await authenticator.FromRequestAsync(context.Request, ct).ConfigureAwait(false);
        if (signIn.Refusal is { } refusal)
        {
            return signIn.Forbidden ? Problems.Forbidden(refusal) : Problems.Unauthorized(refusal);
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await host.ServeAsync(socket, signIn, authenticator, ct).ConfigureAwait(false);
        return Results.Empty;
    }
}
