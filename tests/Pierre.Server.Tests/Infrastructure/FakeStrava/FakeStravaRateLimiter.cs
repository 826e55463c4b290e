namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>
/// Strava's per-application limits as the fake enforces them: every API request counts against the overall and the
/// read windows; the 15-minute windows reset at each quarter hour and the daily ones at midnight, UTC, on the
/// fake's clock. A request over any limit is answered 429 (and still counted, as Strava does).
/// </summary>
internal sealed class FakeStravaRateLimiter(TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int[] _limits = [200, 2000, 100, 1000];
    private readonly int[] _usage = new int[4];
    private (DateTimeOffset Quarter, DateOnly Day) _windows;

    public void SetLimits(int fifteenMinutes, int daily, int readFifteenMinutes, int readDaily)
    {
        lock (_gate)
        {
            _limits = [fifteenMinutes, daily, readFifteenMinutes, readDaily];
        }
    }

    public void SetUsage(int fifteenMinutes, int daily, int readFifteenMinutes, int readDaily)
    {
        lock (_gate)
        {
            Roll();
            (_usage[0], _usage[1], _usage[2], _usage[3]) = (fifteenMinutes, daily, readFifteenMinutes, readDaily);
        }
    }

    /// <summary>Counts one request; returns the headers to send and whether it is over a limit.</summary>
    public (IReadOnlyDictionary<string, string> Headers, bool Exceeded) Count()
    {
        lock (_gate)
        {
            Roll();
            for (var i = 0; i < _usage.Length; i++)
            {
                _usage[i]++;
            }

            var headers = new Dictionary<string, string>
            {
                ["X-RateLimit-Limit"] = $"{_limits[0]},{_limits[1]}",
                ["X-RateLimit-Usage"] = $"{_usage[0]},{_usage[1]}",
                ["X-ReadRateLimit-Limit"] = $"{_limits[2]},{_limits[3]}",
                ["X-ReadRateLimit-Usage"] = $"{_usage[2]},{_usage[3]}",
            };
            return (headers, _usage.Where((used, i) => used > _limits[i]).Any());
        }
    }

    private void Roll()
    {
        var now = clock.GetUtcNow();
        var quarter = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute / 15 * 15, 0, TimeSpan.Zero);
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        if (quarter != _windows.Quarter)
        {
            (_usage[0], _usage[2]) = (0, 0);
        }

        if (day != _windows.Day)
        {
            (_usage[1], _usage[3]) = (0, 0);
        }

        _windows = (quarter, day);
    }
}
