namespace Pierre.Server.Connections.OAuth;

/// <summary>The HTTP server maps <c>/api/oauth/{provider}/callback</c> itself: nothing to start.</summary>
internal sealed class HttpServerCallbackHost : IOAuthCallbackHost
{
    public Task EnsureListeningAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
