namespace Pierre.Server.Connections.OAuth;

/// <summary>
/// Serialises the refreshes of one user's provider tokens, so that concurrent calls on an expired token make one
/// refresh between them. Per process here; several replicas need a shared lock (Redis) behind the same interface.
/// </summary>
internal interface ITokenRefreshLock
{
    Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}
