namespace Pierre.Server.Connections.OAuth;

/// <summary>
/// Makes sure something serves <c>BASE_URL</c>'s callback route while a connection is pending. The HTTP server serves
/// it already; under <c>--stdio</c> a short-lived loopback listener does.
/// </summary>
internal interface IOAuthCallbackHost
{
    Task EnsureListeningAsync(CancellationToken cancellationToken);
}
