using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Pierre.Providers.OAuth;
using Pierre.Providers.RateLimits;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Pierre.Providers.Http;

/// <summary>
/// Sends provider API reads with the user's token, the same way for every OAuth provider: it never sends a request
/// the rate budget has no room for, renews the token once on a 401, records the budget each response reports, and
/// turns every failure (status, timeout, open circuit, unreadable body) into a <see cref="ProviderException"/> whose
/// message is safe to show the user.
/// </summary>
public sealed class ProviderApi(HttpClient http, IAccessTokenSource tokens, IRateBudget budget, ProviderHealth health, TimeProvider clock)
{
    public async Task<T> GetAsync<T>(ProviderRequest request, JsonSerializerOptions json, CancellationToken ct)
    {
        var access = await tokens.GetAsync(request.Provider, request.Account, ct).ConfigureAwait(false);
        using var first = await SendAsync(request, access, ct).ConfigureAwait(false);
        if (first.StatusCode != HttpStatusCode.Unauthorized)
        {
            return await ReadAsync<T>(request, access, first, json, ct).ConfigureAwait(false);
        }

        var renewed = await tokens.RenewAsync(request.Provider, request.Account, access.AccessToken, ct).ConfigureAwait(false);
        using var second = await SendAsync(request, renewed, ct).ConfigureAwait(false);
        return second.StatusCode == HttpStatusCode.Unauthorized
            ? throw new ProviderException(request.Provider, ProviderFailure.Revoked, $"{request.Provider} no longer accepts Pierre's access; reconnect with connect_provider")
            : await ReadAsync<T>(request, renewed, second, json, ct).ConfigureAwait(false);
    }

    /// <summary>The budget a request spends: Strava's is the whole OAuth app's, Fitbit's the user's.</summary>
    public static string BudgetScope(ProviderRequest request, string clientId) => request.Budget switch
    {
        RateScope.App => $"{request.Provider}:app:{clientId}",
        _ => $"{request.Provider}:user:{request.Account.TenantId:N}:{request.Account.UserId:N}",
    };

    private async Task<HttpResponseMessage> SendAsync(ProviderRequest request, ProviderAccess access, CancellationToken ct)
    {
        var scope = BudgetScope(request, access.ClientId);
        if (!budget.TryReserve(scope, out var wait))
        {
            throw RateLimited(request.Provider, wait);
        }

        using var message = new HttpRequestMessage(HttpMethod.Get, request.PathAndQuery);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access.AccessToken);
        try
        {
            var response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
            var windows = request.ReadBudget(response.Headers, clock.GetUtcNow());
            if (windows.Count > 0)
            {
                budget.Report(scope, windows);
            }

            health.Record(request.Provider, (int)response.StatusCode < 500);
            return response;
        }
        catch (Exception e) when (Unreachable(e, ct))
        {
            health.Record(request.Provider, success: false, circuitOpen: e is BrokenCircuitException);
            throw new ProviderException(request.Provider, ProviderFailure.Unavailable, $"{request.Provider} is not answering right now; try again in a minute", inner: e);
        }
    }

    private async Task<T> ReadAsync<T>(ProviderRequest request, ProviderAccess access, HttpResponseMessage response, JsonSerializerOptions json, CancellationToken ct)
    {
        var provider = request.Provider;
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                var scope = BudgetScope(request, access.ClientId);
                var wait = RetryAfter(response, scope);
                // Nothing more is sent until the provider's wait is over, whatever its headers said.
                budget.Report(scope, [.. budget.Windows(scope), new RateWindow("429", 0, 0, clock.GetUtcNow() + wait)]);
                throw RateLimited(provider, wait);
            case HttpStatusCode.Forbidden:
                // The inner exception keeps the status, for providers that answer 403 for one optional scope (Fitbit's heartrate).
                throw new ProviderException(provider, ProviderFailure.Revoked, $"{provider} refused access to this data; reconnect with connect_provider and grant every permission asked",
                    inner: new HttpRequestException(HttpRequestError.Unknown, "403 Forbidden", statusCode: HttpStatusCode.Forbidden));
            case HttpStatusCode.NotFound:
                throw new ProviderException(provider, ProviderFailure.NotFound, $"{provider} has no such record for this account");
            case >= HttpStatusCode.InternalServerError or < HttpStatusCode.OK or >= HttpStatusCode.MultipleChoices:
                throw new ProviderException(provider, ProviderFailure.Unavailable, $"{provider} answered {(int)response.StatusCode}; try again in a minute");
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync<T>(stream, json, ct).ConfigureAwait(false)
                    ?? throw new JsonException("null body");
            }
        }
        catch (JsonException e)
        {
            health.Record(provider, success: false);
            throw new ProviderException(provider, ProviderFailure.Unavailable, $"{provider} answered something Pierre cannot read; try again later", inner: e);
        }
    }

    private TimeSpan RetryAfter(HttpResponseMessage response, string scope)
    {
        if (response.Headers.RetryAfter is { } header)
        {
            return header.Delta ?? (header.Date is { } date ? date - clock.GetUtcNow() : TimeSpan.Zero);
        }

        var spent = budget.Windows(scope).Where(w => w.IsSpent).ToList();
        return spent.Count > 0 ? spent.Max(w => w.ResetsAt) - clock.GetUtcNow() : TimeSpan.FromMinutes(1);
    }

    private static ProviderException RateLimited(string provider, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        return new ProviderException(provider, ProviderFailure.RateLimited, $"{provider}'s rate limit is reached; retry after {seconds} s", TimeSpan.FromSeconds(seconds));
    }

    private static bool Unreachable(Exception e, CancellationToken ct) =>
        e is HttpRequestException or BrokenCircuitException or TimeoutRejectedException
        || (e is TaskCanceledException && !ct.IsCancellationRequested);
}
