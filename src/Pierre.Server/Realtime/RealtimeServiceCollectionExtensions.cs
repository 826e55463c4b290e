using Microsoft.Extensions.Options;

namespace Pierre.Server.Realtime;

internal static class RealtimeServiceCollectionExtensions
{
    /// <summary>
    /// The user event hub (every way of running the server has it, since requests publish to it whatever their
    /// transport) and what <c>/ws</c> needs; the WebSocket keep-alive follows <see cref="RealtimeOptions"/>.
    /// </summary>
    public static IServiceCollection AddPierreRealtime(this IServiceCollection services)
    {
        services.AddOptions<RealtimeOptions>();
        services.AddSingleton<UserEventHub>();
        services.AddSingleton<SocketOrigins>();
        services.AddSingleton<SocketHost>();
        services.AddScoped<SocketAuthenticator>();
        services.AddOptions<WebSocketOptions>().Configure<IOptions<RealtimeOptions>>((o, realtime) =>
        {
            o.KeepAliveInterval = realtime.Value.KeepAliveInterval;
            o.KeepAliveTimeout = realtime.Value.KeepAliveTimeout;
        });
        return services;
    }
}
