using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Pierre.Providers.OAuth;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Pierre.Providers.Strava;

/// <summary>
/// Strava's OAuth 2.0: no PKCE, comma-separated scopes, the granted scopes reported in the callback's <c>scope</c>
/// parameter, the athlete returned with the tokens (Strava has no userinfo endpoint), and refresh tokens that Strava
/// may rotate on refresh. No message built here ever contains a token, a code or the client secret.
/// </summary>
internal sealed class StravaOAuthFlow(IHttpClientFactory httpClients, TimeProvider clock, IOptions<StravaOptions> options) : IOAuthFlow
{
    private static readonly OAuthScopes StravaScopes = new(["read", "activity:read_all"], ["profile:read_all"]);

    public string Provider => StravaProvider.ProviderName;

    public OAuthScopes Scopes => StravaScopes;

    public bool UsesPkce => false;

    public OAuthApp? DeploymentApp =>
        options.Value is { ClientId: { Length: > 0 } id, ClientSecret: { Length: > 0 } secret } ? new OAuthApp(id, secret) : null;

    public Uri AuthorizationUrl(AuthorizationRequest request)
    {
        var query = string.Join('&', new[]
        {
            ("client_id", request.App.ClientId),
            ("redirect_uri", request.RedirectUri.AbsoluteUri),
            ("response_type", "code"),
            ("approval_prompt", "auto"),
            ("scope", string.Join(',', Scopes.All)),
            ("state", request.State),
        }.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
        return new UriBuilder(options.Value.AuthUrl) { Query = query }.Uri;
    }

    public async Task<OAuthTokens> ExchangeCodeAsync(OAuthApp app, string code, Uri redirectUri, string? codeVerifier, string? grantedScope, CancellationToken cancellationToken)
    {
        var response = await PostTokenAsync(app, [("code", code), ("grant_type", "authorization_code")], cancellationToken).ConfigureAwait(false);
        var granted = (grantedScope ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Tokens(response, new HashSet<string>(granted, StringComparer.Ordinal));
    }

    /// <summary>
    /// Strava's refresh answer does not repeat the granted scopes, so <see cref="OAuthTokens.Scopes"/> is empty here:
    /// keep those from the exchange. Strava may rotate the refresh token; the one returned is the one to store.
    /// </summary>
    public async Task<OAuthTokens> RefreshAsync(OAuthApp app, string refreshToken, CancellationToken cancellationToken)
    {
        var response = await PostTokenAsync(app, [("refresh_token", refreshToken), ("grant_type", "refresh_token")], cancellationToken).ConfigureAwait(false);
        var tokens = Tokens(response, new HashSet<string>(StringComparer.Ordinal));
        return tokens with { RefreshToken = tokens.RefreshToken ?? refreshToken };
    }

    /// <summary>
    /// Strava's deauthorize. A token Strava no longer knows (400/401) counts as revoked; when Strava cannot be reached
    /// or fails this throws <see cref="ProviderFailure.Unavailable"/>, and the caller, which forgets the tokens anyway,
    /// decides whether that matters.
    /// </summary>
    public async Task RevokeAsync(OAuthApp app, string accessToken, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent([new("access_token", accessToken)]);
        using var response = await SendAsync(options.Value.DeauthorizeUrl, content, cancellationToken).ConfigureAwait(false);
        if ((int)response.StatusCode >= 500)
        {
            throw Unavailable($"Strava answered {(int)response.StatusCode} to the revocation");
        }
    }

    private async Task<StravaTokenResponse> PostTokenAsync(OAuthApp app, (string Name, string Value)[] fields, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(
            [new("client_id", app.ClientId), new("client_secret", app.ClientSecret), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        using var response = await SendAsync(options.Value.TokenUrl, content, ct).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                var now = clock.GetUtcNow();
                var wait = StravaRateLimits.NextQuarterHour(now) - now;
                throw new ProviderException(Provider, ProviderFailure.RateLimited, $"Strava's rate limit is reached; retry after {(int)Math.Ceiling(wait.TotalSeconds)} s", wait);
            case HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized when StravaErrors.IsAboutApplication(body):
                throw Unavailable("Strava rejected Pierre's client credentials; an administrator must check the Strava application settings");
            case HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden:
                throw new ProviderException(Provider, ProviderFailure.Revoked, "Strava no longer accepts this connection; reconnect with connect_provider");
            case < HttpStatusCode.OK or >= HttpStatusCode.MultipleChoices:
                throw Unavailable($"Strava answered {(int)response.StatusCode}; try again in a minute");
        }

        try
        {
            var tokens = JsonSerializer.Deserialize<StravaTokenResponse>(body, StravaJson.Options);
            return tokens is { AccessToken.Length: > 0 } ? tokens : throw new JsonException("no access_token");
        }
        catch (JsonException e)
        {
            throw Unavailable("Strava answered something Pierre cannot read; try again later", e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, HttpContent content, CancellationToken ct)
    {
        try
        {
            return await httpClients.CreateClient(Provider).PostAsync(url, content, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
            || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            throw Unavailable("Strava is not answering right now; try again in a minute", e);
        }
    }

    private OAuthTokens Tokens(StravaTokenResponse response, IReadOnlySet<string> scopes)
    {
        DateTimeOffset? expiresAt = response.ExpiresAt is { } at ? DateTimeOffset.FromUnixTimeSeconds(at)
            : response.ExpiresIn is { } seconds ? clock.GetUtcNow().AddSeconds(seconds)
            : null;
        var athleteId = response.Athlete?.Id.ToString(CultureInfo.InvariantCulture);
        return new OAuthTokens(response.AccessToken!, response.RefreshToken, expiresAt, scopes, athleteId);
    }

    private ProviderException Unavailable(string message, Exception? inner = null) =>
        new(Provider, ProviderFailure.Unavailable, message, inner: inner);
}
