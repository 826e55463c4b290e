using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Realtime;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Realtime;

internal static class RealtimeSteps
{
    /// <summary>A server that auto-approves sign-ups, re-checks sockets every 200 ms and waits 1 s for an auth message.</summary>
    public static Task<IdentityHarness> StartAsync(string requestTimeoutSeconds = "30") =>
        IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true", ["PIERRE_REQUEST_TIMEOUT"] = requestTimeoutSeconds }, services =>
            services.Configure<RealtimeOptions>(o =>
            {
                o.RevalidationPeriod = TimeSpan.FromMilliseconds(200);
                o.AuthenticationTimeout = TimeSpan.FromSeconds(1);
            }));

    /// <summary>Registers <paramref name="email"/> (auto-approved) and signs in; returns the access token.</summary>
    public static async Task<string> SignedInAsync(IdentityHarness h, string email)
    {
        await h.RegisterAsync(email);
        return (await h.LoginAsync(email)).Str("access_token");
    }

    public static UserEventHub Hub(IdentityHarness h) => h.App.Services.GetRequiredService<UserEventHub>();

    /// <summary>Waits until the hub holds <paramref name="count"/> sockets of the user.</summary>
    public static async Task ConnectionsReachAsync(IdentityHarness h, Guid tenantId, Guid userId, int count)
    {
        for (var i = 0; i < 100 && Hub(h).ConnectionsOf(tenantId, userId) != count; i++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal(count, Hub(h).ConnectionsOf(tenantId, userId));
    }
}
