using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pierre.Providers.Strava;

namespace Pierre.Server.Tests.Infrastructure.FakeStrava;

/// <summary>
/// A local Strava (OAuth and API v3) on Kestrel at 127.0.0.1 on a free port, so no test reaches strava.com. It checks
/// tokens, pages and rate-limits exactly as Strava does, serves the seeded athlete and activities, and can be told to
/// deny consent, grant fewer scopes, rotate refresh tokens or not, revoke every grant, or fail the next requests.
/// Time (token expiry, rate windows) runs on the clock it is started with.
/// </summary>
public sealed class FakeStravaServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly List<(FakeStravaFault Fault, int Remaining, string? Route)> _faults = [];
    private int _refreshes;
    private int _exchanges;

    private FakeStravaServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
        Tokens = new FakeStravaTokens(clock);
        RateLimiter = new FakeStravaRateLimiter(clock);
    }

    public string ClientId { get; } = "fake-client-4711";

    public string ClientSecret { get; } = "fake-secret-" + Guid.NewGuid().ToString("N");

    public Uri BaseUrl { get; private set; } = null!;

    public Uri AuthUrl => new(BaseUrl, "oauth/authorize");

    public Uri TokenUrl => new(BaseUrl, "oauth/token");

    public Uri DeauthorizeUrl => new(BaseUrl, "oauth/deauthorize");

    public Uri ApiBase => new(BaseUrl, "api/v3/");

    public FakeStravaAthlete Athlete { get; set; } = new();

    /// <summary>The activities served; add to it before the requests that should see them.</summary>
    public List<FakeStravaActivity> Activities { get; } = [];

    /// <summary>When set, the consent screen answers <c>error=access_denied</c>.</summary>
    public bool DenyAuthorization { get; set; }

    /// <summary>When set, the user grants only these of the scopes asked (Strava lets them untick some).</summary>
    public IReadOnlySet<string>? GrantOnly { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Whether a refresh returns a new refresh token and retires the old one.</summary>
    public bool RotateRefreshTokens { get; set; } = true;

    /// <summary>How long a <see cref="FakeStravaFault.Hang"/> holds the request.</summary>
    public TimeSpan HangDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Refresh-token grants received, valid or not.</summary>
    public int TokenRefreshes => Volatile.Read(ref _refreshes);

    /// <summary>Authorization-code grants received, valid or not.</summary>
    public int CodeExchanges => Volatile.Read(ref _exchanges);

    /// <summary>Requests that reached the API (under <c>/api/v3</c>).</summary>
    public int ApiRequests => _requests.Where(r => r.Key.Contains(" /api/", StringComparison.Ordinal)).Sum(r => r.Value);

    internal TimeProvider Clock { get; }

    internal FakeStravaTokens Tokens { get; }

    internal FakeStravaRateLimiter RateLimiter { get; }

    internal CancellationToken Stopping => _stopping.Token;

    public static async Task<FakeStravaServer> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], EnvironmentName = Environments.Production });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(1));
        var app = builder.Build();
        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");

        var server = new FakeStravaServer(app, clock ?? TimeProvider.System);
        FakeStravaOAuthEndpoints.Map(app, server);
        FakeStravaApiEndpoints.Map(app, server);
        await app.StartAsync(CancellationToken.None);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Points Strava options at this fake, with its client id and secret.</summary>
    public void Configure(StravaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ClientId = ClientId;
        options.ClientSecret = ClientSecret;
        options.AuthUrl = AuthUrl;
        options.TokenUrl = TokenUrl;
        options.ApiBase = ApiBase;
        options.DeauthorizeUrl = DeauthorizeUrl;
    }

    /// <summary>Requests received on a route (a <see cref="FakeStravaRoutes"/> name), faulted or not.</summary>
    public int Requests(string route) => _requests.GetValueOrDefault(route);

    /// <summary>The next <paramref name="count"/> requests (on <paramref name="route"/>, or any) answer with the fault.</summary>
    public void InjectFault(FakeStravaFault fault, int count = 1, string? route = null)
    {
        lock (_faults)
        {
            _faults.Add((fault, count, route));
        }
    }

    public void SetRateLimits(int fifteenMinutes, int daily, int readFifteenMinutes, int readDaily) =>
        RateLimiter.SetLimits(fifteenMinutes, daily, readFifteenMinutes, readDaily);

    /// <summary>Sets what the application has already spent in the current windows.</summary>
    public void SetRateUsage(int fifteenMinutes, int daily, int readFifteenMinutes, int readDaily) =>
        RateLimiter.SetUsage(fifteenMinutes, daily, readFifteenMinutes, readDaily);

    /// <summary>Every access token issued so far expires now; refresh tokens stay valid.</summary>
    public void ExpireAccessTokens() => Tokens.ExpireAccessTokens();

    /// <summary>The user revoked Pierre at Strava: every token is invalid and a refresh answers Strava's invalid-token 400.</summary>
    public void RevokeAll() => Tokens.RevokeAll();

    /// <summary>Every code and token the fake issued, for leak checks.</summary>
    public IReadOnlyList<string> IssuedSecrets => Tokens.Issued;

    internal void CountRequest(string route) => _requests.AddOrUpdate(route, 1, static (_, n) => n + 1);

    internal void CountRefresh() => Interlocked.Increment(ref _refreshes);

    internal void CountExchange() => Interlocked.Increment(ref _exchanges);

    internal FakeStravaFault? TakeFault(string route)
    {
        lock (_faults)
        {
            var index = _faults.FindIndex(f => f.Route is null || f.Route == route);
            if (index < 0)
            {
                return null;
            }

            var (fault, remaining, scope) = _faults[index];
            if (remaining <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = (fault, remaining - 1, scope);
            }

            return fault;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
