namespace Pierre.Server.Realtime;

/// <summary>Whose sockets: a user is only ever looked up within their tenant.</summary>
internal readonly record struct UserKey(Guid TenantId, Guid UserId);
