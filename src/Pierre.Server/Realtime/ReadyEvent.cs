namespace Pierre.Server.Realtime;

/// <summary>The first frame of an authenticated socket: from here on it receives the user's events.</summary>
internal sealed record ReadyEvent(Guid TenantId, Guid UserId) : RealtimeEvent("ready");
