using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Pierre.Server.Configuration;
using Pierre.Server.Errors;

namespace Pierre.Server.Usage;

/// <summary>
/// Short-term limits on top of the monthly quota: a per-minute burst per API key or user (by tier, none when the tier's
/// burst is 0); against brute
/// force, login attempts per account from any IP, and login, registration, refresh and setup per IP, each with its
/// own budget so that spending one never blocks another.
/// </summary>
internal static class RateLimitPolicies
{
    public const string Login = "login";
    public const string Register = "register";
    public const string Refresh = "refresh";
    public const string Setup = "setup";

    /// <summary>OAuth dynamic client registration (RFC 7591): anyone may register a client, so each IP gets a budget.</summary>
    public const string OAuthRegister = "oauth_register";

    /// <summary>The web UI's sign-in and sign-up pages: their form posts count, showing the page does not.</summary>
    public const string WebLogin = "web_login";

    public const string WebRegister = "web_register";

    private static readonly object BudgetItem = new();

    public static IServiceCollection AddPierreRateLimits(this IServiceCollection services, ServerConfig config)
    {
        var bursts = new BurstLimiter();
        services.AddSingleton(bursts);
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                bursts.ForHttp(context =>
                {
                    if (QuotaSubject.Of(context, config.Tiers) is not { Policy.BurstPerMinute: { } burst } subject)
                    {
                        return null;
                    }

                    context.Items[BudgetItem] = burst;
                    return subject;
                }),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    LoginAccountMiddleware.Account(context) is { } account
                        ? PerMinute(context, account, config.AuthAccountRateLimitPerMinute)
                        : RateLimitPartition.GetNoLimiter(string.Empty)));
            foreach (var policy in new[] { Login, Register, Refresh, Setup, OAuthRegister })
            {
                o.AddPolicy(policy, context => PerMinute(context, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", config.AuthRateLimitPerMinute));
            }

            foreach (var policy in new[] { WebLogin, WebRegister })
            {
                o.AddPolicy(policy, context => HttpMethods.IsPost(context.Request.Method)
                    ? PerMinute(context, context.Connection.RemoteIpAddress?.ToString() ?? "unknown", config.AuthRateLimitPerMinute)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            }

            o.OnRejected = RejectAsync;
        });
        return services;
    }

    // Limiters are asked in turn and the first refusal ends the round, so the budget noted last is the one refused.
    private static RateLimitPartition<string> PerMinute(HttpContext context, string key, int permitLimit)
    {
        context.Items[BudgetItem] = permitLimit;
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var headers = http.Response.Headers;
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Limit"] = (http.Items[BudgetItem] as int? ?? 0).ToString(CultureInfo.InvariantCulture);
        headers["X-RateLimit-Remaining"] = "0";
        headers["X-RateLimit-Reset"] = (now.ToUnixTimeSeconds() + seconds).ToString(CultureInfo.InvariantCulture);
        await Problems.Create(StatusCodes.Status429TooManyRequests, "too many requests in a short time; retry after the Retry-After delay")
            .ExecuteAsync(http).ConfigureAwait(false);
    }
}
