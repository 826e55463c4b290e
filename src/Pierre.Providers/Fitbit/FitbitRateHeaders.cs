using System.Globalization;
using System.Net.Http.Headers;
using Pierre.Providers.RateLimits;

namespace Pierre.Providers.Fitbit;

/// <summary>
/// Fitbit's per-user hourly budget from <c>Fitbit-Rate-Limit-Limit</c>, <c>-Remaining</c> and <c>-Reset</c> (seconds
/// to the top of the hour, when the count starts again).
/// </summary>
internal static class FitbitRateHeaders
{
    public static IReadOnlyList<RateWindow> Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (Number(headers, "Fitbit-Rate-Limit-Limit") is not { } limit
            || Number(headers, "Fitbit-Rate-Limit-Remaining") is not { } remaining
            || Number(headers, "Fitbit-Rate-Limit-Reset") is not { } reset)
        {
            return [];
        }

        return [new RateWindow("hour", limit, Math.Max(0, limit - remaining), now.AddSeconds(Math.Max(1, reset)))];
    }

    private static int? Number(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values)
        && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
