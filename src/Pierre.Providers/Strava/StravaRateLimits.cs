using System.Globalization;
using System.Net.Http.Headers;
using Pierre.Providers.RateLimits;

namespace Pierre.Providers.Strava;

/// <summary>
/// Strava's rate limits as its headers report them, per application: <c>X-RateLimit-Limit: 200,2000</c> and
/// <c>X-RateLimit-Usage: 10,100</c> (a 15-minute window resetting at each quarter hour UTC, and a daily one at
/// midnight UTC), and the same pair for reads (<c>X-ReadRateLimit-*</c>). A read spends both budgets.
/// </summary>
internal static class StravaRateLimits
{
    public static IReadOnlyList<RateWindow> Read(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var quarter = NextQuarterHour(now);
        var midnight = new DateTimeOffset(now.UtcDateTime.Date.AddDays(1), TimeSpan.Zero);
        var windows = new List<RateWindow>(4);
        Add(windows, headers, "X-RateLimit", "", quarter, midnight);
        Add(windows, headers, "X-ReadRateLimit", "read-", quarter, midnight);
        return windows;
    }

    public static DateTimeOffset NextQuarterHour(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var hour = new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
        return hour.AddMinutes(((utc.Minute / 15) + 1) * 15);
    }

    private static void Add(List<RateWindow> windows, HttpResponseHeaders headers, string prefix, string name, DateTimeOffset quarter, DateTimeOffset midnight)
    {
        if (Pair(headers, prefix + "-Limit") is not { } limit || Pair(headers, prefix + "-Usage") is not { } usage)
        {
            return;
        }

        windows.Add(new RateWindow(name + "15min", limit.Short, usage.Short, quarter));
        windows.Add(new RateWindow(name + "daily", limit.Daily, usage.Daily, midnight));
    }

    private static (int Short, int Daily)? Pair(HttpResponseHeaders headers, string header)
    {
        if (!headers.TryGetValues(header, out var values))
        {
            return null;
        }

        var parts = string.Join(',', values).Split(',', StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var fifteen)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var daily)
                ? (fifteen, daily)
                : null;
    }
}
