namespace Pierre.Server.Realtime;

/// <summary>The answer to a client's application-level <c>{"type":"ping"}</c>.</summary>
internal sealed record PongEvent() : RealtimeEvent("pong")
{
    public static readonly PongEvent Instance = new();
}
