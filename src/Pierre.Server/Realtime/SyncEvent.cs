namespace Pierre.Server.Realtime;

/// <summary>Pierre read the user's activities from a provider (not from its cache): how many came back.</summary>
internal sealed record SyncEvent(string Type, string Provider, int Activities, DateTimeOffset At) : RealtimeEvent(Type)
{
    public static SyncEvent Finished((string Provider, int Activities, DateTimeOffset At) sync) => new("sync_finished", sync.Provider, sync.Activities, sync.At);
}
