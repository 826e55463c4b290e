namespace Pierre.Server.Realtime;

/// <summary>What a client may send: <c>{"type":"auth","token":"…"}</c> first when the upgrade carried no credential, then <c>{"type":"ping"}</c>.</summary>
internal sealed record ClientMessage(string? Type, string? Token);
