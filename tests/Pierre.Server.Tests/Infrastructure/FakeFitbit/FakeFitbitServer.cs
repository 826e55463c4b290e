using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Pierre.Providers.Fitbit;

namespace Pierre.Server.Tests.Infrastructure.FakeFitbit;

/// <summary>
/// A local Fitbit (OAuth 2.0 with PKCE S256 and client_secret_basic, the Web API's profile, activity list with
/// <c>pagination.next</c>, intraday heart rate and sleep) on Kestrel at 127.0.0.1 and a free port. It checks what
/// Fitbit checks (Basic auth, PKCE verifier, single-use codes, refresh-token rotation, Bearer tokens, scopes, the
/// per-user hourly rate limit) and can be told to deny, grant fewer scopes, revoke everything or fail.
/// </summary>
public sealed partial class FakeFitbitServer : IAsyncDisposable
{
    public const string DefaultUserId = "FAKE01";

    public const string AuthorizeRoute = "authorize";
    public const string TokenRoute = "token";
    public const string RevokeRoute = "revoke";
    public const string ProfileRoute = "profile";
    public const string ActivitiesRoute = "activities";
    public const string HeartRoute = "heart";
    public const string SleepRoute = "sleep";

    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly FakeFitbitTokens _tokens;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<string, FakeFitbitUser> _users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly Lock _faultLock = new();
    private (FakeFitbitFault Fault, int Count, int RetryAfterSeconds) _fault;
    private int _refreshes;

    private FakeFitbitServer(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
        _tokens = new FakeFitbitTokens(clock);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Uri AuthUrl => new(BaseAddress, "oauth2/authorize");

    public Uri TokenUrl => new(BaseAddress, "oauth2/token");

    public Uri ApiBase => BaseAddress;

    public Uri RevokeUrl => new(BaseAddress, "oauth2/revoke");

    public string ClientId { get; } = "23FAKE";

    public string ClientSecret { get; } = "fake-fitbit-client-secret-5f1c";

    /// <summary>The Fitbit user who "signs in" at the next authorize request.</summary>
    public string SignedInUser { get; set; } = DefaultUserId;

    /// <summary>When true, authorize redirects with <c>error=access_denied</c>.</summary>
    public bool DenyAuthorization { get; set; }

    /// <summary>When set, the user grants only these of the requested scopes (Fitbit lets them untick optional ones).</summary>
    public IReadOnlySet<string>? GrantOnly { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Requests each user may make per clock hour (Fitbit: 150).</summary>
    public int RateLimitPerHour { get; set; } = 150;

    public int Refreshes => Volatile.Read(ref _refreshes);

    /// <summary>Every code and token the fake issued, to check none leaks into a message.</summary>
    public IReadOnlyList<string> IssuedSecrets => _tokens.Issued;

    public static async Task<FakeFitbitServer> StartAsync(TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeFitbitServer(app, clock ?? TimeProvider.System);
        server.MapOAuth();
        server.MapApi();
        await app.StartAsync(cancellationToken);
        server.BaseAddress = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Points Pierre's Fitbit options at this fake, with its client.</summary>
    public void Configure(FitbitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ClientId = ClientId;
        options.ClientSecret = ClientSecret;
        options.AuthUrl = AuthUrl;
        options.TokenUrl = TokenUrl;
        options.ApiBase = ApiBase;
        options.RevokeUrl = RevokeUrl;
    }

    /// <summary>The account with this Fitbit id, created empty (default profile) on first use.</summary>
    public FakeFitbitUser User(string userId = DefaultUserId) => _users.GetOrAdd(userId, id => new FakeFitbitUser(id));

    /// <summary>How many requests reached a route (see the *Route constants), faulted ones included.</summary>
    public int Requests(string route) => _requests.GetValueOrDefault(route);

    public int ApiRequests => Requests(ProfileRoute) + Requests(ActivitiesRoute) + Requests(HeartRoute) + Requests(SleepRoute);

    /// <summary>The next <paramref name="count"/> requests, to any route, answer <paramref name="fault"/> instead.</summary>
    public void FailNext(int count, FakeFitbitFault fault, int retryAfterSeconds = 60)
    {
        lock (_faultLock)
        {
            _fault = (fault, count, retryAfterSeconds);
        }
    }

    /// <summary>Every access and refresh token stops working (the user removed the app at fitbit.com).</summary>
    public void RevokeAll() => _tokens.RevokeAll();

    /// <summary>Every access token issued so far is expired from now on.</summary>
    public void ExpireAccessTokens() => _tokens.ExpireAll();

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private void Count(string route) => _requests.AddOrUpdate(route, 1, (_, n) => n + 1);

    private async Task<IResult?> FaultAsync(HttpContext context)
    {
        FakeFitbitFault fault;
        int retryAfter;
        lock (_faultLock)
        {
            if (_fault.Count <= 0)
            {
                return null;
            }

            _fault.Count--;
            (fault, retryAfter) = (_fault.Fault, _fault.RetryAfterSeconds);
        }

        switch (fault)
        {
            case FakeFitbitFault.ServerError:
                return Results.Json(Errors("system", "An unexpected error occurred"), statusCode: 500);
            case FakeFitbitFault.TooManyRequests:
                context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Json(Errors("system", "Too Many Requests"), statusCode: 429);
            case FakeFitbitFault.Garbage:
                return Results.Text("<html><body>upstream proxy error", "application/json");
            default:
                using (var hang = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    await Task.Delay(Timeout.Infinite, hang.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                }

                return Results.StatusCode(504);
        }
    }

    private static object Errors(string type, string message) => new { errors = new[] { new { errorType = type, message } }, success = false };
}
