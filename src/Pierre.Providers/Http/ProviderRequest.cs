using System.Net.Http.Headers;
using Pierre.Providers.RateLimits;

namespace Pierre.Providers.Http;

/// <summary>
/// One authenticated GET to a provider's API for a user: whose rate budget it spends (the OAuth app's, as Strava
/// counts, or the user's, as Fitbit does) and how the provider reports that budget in its response headers.
/// </summary>
public sealed record ProviderRequest(
    string Provider,
    ProviderAccount Account,
    string PathAndQuery,
    RateScope Budget,
    Func<HttpResponseHeaders, DateTimeOffset, IReadOnlyList<RateWindow>> ReadBudget);
