namespace Pierre.Server.Connections;

/// <summary>
/// Serialises work on one user's provider data that must happen once, however many calls ask at the same moment: a
/// token refresh, computing an activity's stored bests. Per process here; several replicas need a shared lock
/// (Redis) behind the same interface.
/// </summary>
internal interface IAccountLock
{
    Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}
