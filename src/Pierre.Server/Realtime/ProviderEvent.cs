namespace Pierre.Server.Realtime;

/// <summary>A provider was connected or disconnected for the user.</summary>
internal sealed record ProviderEvent(string Type, string Provider, DateTimeOffset At) : RealtimeEvent(Type)
{
    public static ProviderEvent Connected((string Provider, DateTimeOffset At) change) => new("provider_connected", change.Provider, change.At);

    public static ProviderEvent Disconnected((string Provider, DateTimeOffset At) change) => new("provider_disconnected", change.Provider, change.At);
}
