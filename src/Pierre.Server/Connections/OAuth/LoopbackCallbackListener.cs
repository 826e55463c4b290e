using System.Net;
using System.Text;
using Pierre.Server.Configuration;

namespace Pierre.Server.Connections.OAuth;

/// <summary>
/// Under <c>--stdio</c> no HTTP server runs, yet the provider sends the user back to <c>BASE_URL</c>. While a
/// connection is pending this serves <c>/api/oauth/{provider}/callback</c> there (and nothing else), closing after a
/// connection completes or when the state would have expired anyway. When something else already serves
/// <c>BASE_URL</c> (a Pierre HTTP server on the same database), the callback is left to it.
/// </summary>
internal sealed partial class LoopbackCallbackListener(
    ServerConfig config, IServiceScopeFactory scopes, ILogger<LoopbackCallbackListener> log) : IOAuthCallbackHost, IDisposable
{
    private readonly Lock _gate = new();
    private HttpListener? _listener;
    private CancellationTokenSource? _deadline;

    public Task EnsureListeningAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _deadline?.CancelAfter(OAuthStateStore.Lifetime);
            if (_listener is not null)
            {
                return Task.CompletedTask;
            }

            var prefix = new Uri(config.BaseUrl, "/api/oauth/").AbsoluteUri;
            var listener = new HttpListener();
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
            }
            catch (HttpListenerException e)
            {
                listener.Close();
                LogNotListening(prefix, e.Message);
                return Task.CompletedTask;
            }

            _listener = listener;
            _deadline?.Dispose();
            _deadline = new CancellationTokenSource(OAuthStateStore.Lifetime);
            _deadline.Token.Register(Stop);
            LogListening(prefix);
            _ = ServeAsync(listener);
            return Task.CompletedTask;
        }
    }

    public void Dispose()
    {
        Stop();
        _deadline?.Dispose();
    }

    private async Task ServeAsync(HttpListener listener)
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            if (await AnswerAsync(context).ConfigureAwait(false))
            {
                Stop();
            }
        }
    }

    /// <summary>Answers one request; true when it completed a connection.</summary>
    private async Task<bool> AnswerAsync(HttpListenerContext context)
    {
        var segments = context.Request.Url?.AbsolutePath.Trim('/').Split('/') ?? [];
        var response = context.Response;
        var completed = false;
        string page;
        if (context.Request.HttpMethod != "GET" || segments is not ["api", "oauth", var provider, "callback"])
        {
            response.StatusCode = (int)HttpStatusCode.NotFound;
            page = OAuthResultPage.Render("Not found", "This address only takes a provider's OAuth callback.");
        }
        else
        {
            var query = context.Request.QueryString;
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var result = await scope.ServiceProvider.GetRequiredService<ConnectionWorkflow>()
                    .CompleteAsync(provider.ToLowerInvariant(), new OAuthCallback(query["state"], query["code"], query["error"], query["scope"]), CancellationToken.None)
                    .ConfigureAwait(false);
                completed = result.Value is not null;
                response.StatusCode = completed ? 200 : result.Refusal!.Kind == Errors.RefusalKind.Forbidden ? 403 : 400;
                page = completed
                    ? OAuthResultPage.Render($"{provider} is connected", result.Value!.Message)
                    : OAuthResultPage.Render($"{provider} was not connected", result.Refusal!.Detail);
            }
        }

        var body = Encoding.UTF8.GetBytes(page);
        response.ContentType = "text/html; charset=utf-8";
        response.Headers["Content-Security-Policy"] = "default-src 'none'";
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        response.Close();
        return completed;
    }

    private void Stop()
    {
        lock (_gate)
        {
            if (_listener is { } listener)
            {
                _listener = null;
                listener.Close();
                LogClosed();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for the OAuth callback at {Prefix} until the connection completes")]
    private partial void LogListening(string prefix);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not listening at {Prefix} ({Reason}); the server already there must take the OAuth callback")]
    private partial void LogNotListening(string prefix, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed the OAuth callback listener")]
    private partial void LogClosed();
}
