using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pierre.Providers.OAuth;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Pierre.Providers.Fitbit;

/// <summary>
/// Fitbit's authorization-code flow: PKCE S256, the client authenticated with HTTP Basic (client_secret_basic), the
/// granted scopes and Fitbit's user id read from the token response, and a new refresh token on every refresh (the
/// old one stops working at once, so the caller must store the one returned).
/// </summary>
internal sealed partial class FitbitOAuthFlow(
    IHttpClientFactory httpClients, IOptions<FitbitOptions> options, TimeProvider clock, ILogger<FitbitOAuthFlow> logger) : IOAuthFlow
{
    public static readonly OAuthScopes FitbitScopes = new(["activity", "profile"], ["heartrate", "sleep"]);

    private readonly FitbitOptions _options = options.Value;

    public string Provider => FitbitProvider.ProviderName;

    public OAuthScopes Scopes => FitbitScopes;

    public bool UsesPkce => true;

    public OAuthApp? DeploymentApp => _options.IsConfigured ? new OAuthApp(_options.ClientId!, _options.ClientSecret ?? "") : null;

    public Uri AuthorizationUrl(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var challenge = request.CodeChallenge ?? throw new ArgumentException("Fitbit is always asked with a PKCE challenge", nameof(request));
        var query = Query(
            ("client_id", request.App.ClientId),
            ("response_type", "code"),
            ("scope", string.Join(' ', Scopes.All)),
            ("redirect_uri", request.RedirectUri.AbsoluteUri),
            ("state", request.State),
            ("code_challenge", challenge),
            ("code_challenge_method", "S256"));
        return new UriBuilder(_options.AuthUrl) { Query = query }.Uri;
    }

    public Task<OAuthTokens> ExchangeCodeAsync(OAuthApp app, string code, Uri redirectUri, string? codeVerifier, string? grantedScope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(redirectUri);
        List<KeyValuePair<string, string>> form =
        [
            new("grant_type", "authorization_code"),
            new("code", code),
            new("redirect_uri", redirectUri.AbsoluteUri),
        ];
        if (codeVerifier is not null)
        {
            form.Add(new("code_verifier", codeVerifier));
        }

        return RequestTokensAsync(app, form, cancellationToken);
    }

    public Task<OAuthTokens> RefreshAsync(OAuthApp app, string refreshToken, CancellationToken cancellationToken) =>
        RequestTokensAsync(app, [new("grant_type", "refresh_token"), new("refresh_token", refreshToken)], cancellationToken);

    /// <summary>
    /// Best effort: Pierre forgets the tokens whatever Fitbit says, so a failure (network, timeout, any status) is
    /// logged and swallowed; a 400/401 means the token was already invalid, which is what revoking wanted.
    /// </summary>
    public async Task RevokeAsync(OAuthApp app, string accessToken, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await PostAsync(app, _options.RevokeUrl, [new("token", accessToken)], cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode && response.StatusCode is not (HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized))
            {
                LogRevokeFailed(logger, $"status {(int)response.StatusCode}");
            }
        }
        catch (Exception e) when (Unreachable(e, cancellationToken))
        {
            LogRevokeFailed(logger, e.GetType().Name);
        }
    }

    private async Task<OAuthTokens> RequestTokensAsync(OAuthApp app, List<KeyValuePair<string, string>> form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        string body;
        HttpStatusCode status;
        try
        {
            using var response = await PostAsync(app, _options.TokenUrl, form, ct).ConfigureAwait(false);
            status = response.StatusCode;
            body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (Unreachable(e, ct))
        {
            throw Failure(ProviderFailure.Unavailable, "Fitbit's sign-in service is not answering right now; try again in a minute", e);
        }

        if (status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized && FitbitErrorBody.FirstType(body) is "invalid_grant" or "invalid_token")
        {
            throw Failure(ProviderFailure.Revoked, "Fitbit no longer accepts this connection (the grant is invalid, expired or revoked); reconnect with connect_provider");
        }

        if (status == HttpStatusCode.TooManyRequests)
        {
            throw new ProviderException(Provider, ProviderFailure.RateLimited, "Fitbit's sign-in service is rate limiting Pierre; try again later", TimeSpan.FromMinutes(1));
        }

        if (status != HttpStatusCode.OK)
        {
            // invalid_client and other 4xx are Pierre's configuration, not the user's grant: say so without the body.
            throw Failure(ProviderFailure.Unavailable, $"Fitbit's sign-in service answered {(int)status}; try again later or check the Fitbit app settings");
        }

        return ReadTokens(body);
    }

    private OAuthTokens ReadTokens(string body)
    {
        FitbitTokenResponse? tokens;
        try
        {
            tokens = JsonSerializer.Deserialize<FitbitTokenResponse>(body, FitbitJson.TokenOptions);
        }
        catch (JsonException e)
        {
            throw Failure(ProviderFailure.Unavailable, "Fitbit's sign-in service answered something Pierre cannot read; try again later", e);
        }

        if (tokens is not { AccessToken: { Length: > 0 } access })
        {
            throw Failure(ProviderFailure.Unavailable, "Fitbit's sign-in service answered without an access token; try again later");
        }

        var scopes = (tokens.Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var expiresAt = tokens.ExpiresIn is { } seconds ? clock.GetUtcNow().AddSeconds(seconds) : (DateTimeOffset?)null;
        return new OAuthTokens(access, tokens.RefreshToken, expiresAt, scopes, tokens.UserId);
    }

    private async Task<HttpResponseMessage> PostAsync(OAuthApp app, Uri url, List<KeyValuePair<string, string>> form, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        if (string.IsNullOrEmpty(app.ClientSecret))
        {
            // A Fitbit "client" app has no secret: it names itself in the form and PKCE proves the rest.
            form.Add(new("client_id", app.ClientId));
        }
        else
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{app.ClientId}:{app.ClientSecret}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        request.Content = new FormUrlEncodedContent(form);
        var http = httpClients.CreateClient(FitbitProvider.ProviderName);
        return await http.SendAsync(request, ct).ConfigureAwait(false);
    }

    private ProviderException Failure(ProviderFailure failure, string message, Exception? inner = null) =>
        new(Provider, failure, message, inner: inner);

    private static string Query(params (string Name, string Value)[] pairs) =>
        string.Join('&', pairs.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));

    private static bool Unreachable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
        || (e is TaskCanceledException && !ct.IsCancellationRequested);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fitbit did not confirm a token revocation ({Reason}); Pierre forgets the tokens anyway")]
    private static partial void LogRevokeFailed(ILogger logger, string reason);
}
