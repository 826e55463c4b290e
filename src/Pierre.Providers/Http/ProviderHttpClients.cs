using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Pierre.Providers.Http;

/// <summary>The HttpClient every provider API and token endpoint is called through.</summary>
public static class ProviderHttpClients
{
    /// <summary>The largest provider response read (a long activity's streams are a few MB).</summary>
    public const int MaxResponseBytes = 32 * 1024 * 1024;

    /// <summary>
    /// A named client with the standard resilience pipeline: a total and per-attempt timeout, up to two retries with
    /// jittered backoff for network errors and 5xx on GETs only (a token exchange is never replayed), and a circuit
    /// breaker. A 429 is neither retried nor counted as a failure: the rate budget answers it.
    /// </summary>
    public static IHttpClientBuilder AddProviderHttpClient(this IServiceCollection services, string name, TimeSpan? attemptTimeout = null)
    {
        var builder = services.AddHttpClient(name, c => c.MaxResponseContentBufferSize = MaxResponseBytes);
        builder.AddStandardResilienceHandler(o =>
        {
            o.AttemptTimeout.Timeout = attemptTimeout ?? TimeSpan.FromSeconds(10);
            o.TotalRequestTimeout.Timeout = o.AttemptTimeout.Timeout * 3 + TimeSpan.FromSeconds(5);
            o.CircuitBreaker.SamplingDuration = o.AttemptTimeout.Timeout * 2 > TimeSpan.FromSeconds(30) ? o.AttemptTimeout.Timeout * 2 : TimeSpan.FromSeconds(30);
            o.CircuitBreaker.BreakDuration = ProviderHealth.BreakDuration;
            o.Retry.MaxRetryAttempts = 2;
            o.Retry.UseJitter = true;
            o.Retry.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome));
            o.Retry.DisableForUnsafeHttpMethods();
            o.CircuitBreaker.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome));
        });
        return builder;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(outcome);
}
