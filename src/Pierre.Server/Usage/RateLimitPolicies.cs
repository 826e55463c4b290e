using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Pierre.Server.Configuration;
using Pierre.Server.Errors;

namespace Pierre.Server.Usage;

/// <summary>
/// Short-term limits on top of the monthly quota: a per-minute burst per API key or user (by tier), and a per-IP
/// limit on sign-in and registration against brute force.
/// </summary>
internal static class RateLimitPolicies
{
    public const string PerIpSignIn = "per_ip_sign_in";

    public static IServiceCollection AddPierreRateLimits(this IServiceCollection services, ServerConfig config)
    {
        services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.Identity?.IsAuthenticated == true && QuotaSubject.Of(context.User) is { } subject
                    ? RateLimitPartition.GetFixedWindowLimiter(subject.Key, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = subject.Policy.BurstPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            o.AddPolicy(PerIpSignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = config.AuthRateLimitPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await Problems.Create(StatusCodes.Status429TooManyRequests, "too many requests in a short time; retry after the Retry-After delay")
                    .ExecuteAsync(context.HttpContext).ConfigureAwait(false);
            };
        });
        return services;
    }
}
