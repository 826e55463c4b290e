using System.Net;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Usage;

/// <summary>Sign-in limits: one account's bad passwords lock that account only, and each endpoint has its own budget per IP.</summary>
public sealed class SignInRateLimitTests
{
    private static Task<IdentityHarness> StartAsync(string perIp, string perAccount) =>
        IdentityHarness.StartAsync(TestDatabases.Sqlite, new()
        {
            ["AUTO_APPROVE_USERS"] = "true",
            ["PIERRE_AUTH_RATE_LIMIT_PER_MINUTE"] = perIp,
            ["PIERRE_AUTH_ACCOUNT_RATE_LIMIT_PER_MINUTE"] = perAccount,
        });

    private static async Task<HttpStatusCode> LoginAsync(IdentityHarness h, string email, string password) =>
        (await h.Client.PostAsync("/api/auth/login", new { email, password })).Status;

    [Fact]
    public async Task BadPasswords_ForOneAccount_LockThatAccountOnly()
    {
        await using var h = await StartAsync(perIp: "20", perAccount: "5");
        await h.RegisterAsync("ann@example.com");
        await h.RegisterAsync("bob@example.com");

        var statuses = new List<HttpStatusCode>();
        foreach (var email in new[] { "ann@example.com", "ANN@example.com", " ann@example.com", "Ann@Example.com", "ann@example.com", "ann@example.com", "ann@example.com" })
        {
            statuses.Add(await LoginAsync(h, email, "wrong password"));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginAsync(h, "ann@example.com", "password123"));
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(h, "bob@example.com", "password123"));
        await h.RegisterAsync("carol@example.com");
    }

    [Fact]
    public async Task LoginInAnotherCharset_IsRefused_SoItCannotEscapeTheAccountBudget()
    {
        await using var h = await StartAsync(perIp: "20", perAccount: "5");
        await h.RegisterAsync("ann@example.com");
        using var content = new StringContent("{\"email\":\"ann@example.com\",\"password\":\"wrong password\"}", System.Text.Encoding.Unicode, "application/json");

        using var response = await h.Client.PostAsync(new Uri("/api/auth/login", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(h, "ann@example.com", "password123"));
    }

    [Fact]
    public async Task LoginBudget_SpentFromOneIp_LeavesRegistrationAndRefreshTheirOwn()
    {
        await using var h = await StartAsync(perIp: "3", perAccount: "10");

        var statuses = new List<HttpStatusCode>();
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            statuses.Add(await LoginAsync(h, $"{name}@example.com", "wrong password"));
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        await h.RegisterAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = "not-a-token" })).Status);
    }

    [Fact]
    public async Task Rejected_Login_CarriesTheRateLimitHeaders()
    {
        await using var h = await StartAsync(perIp: "20", perAccount: "2");
        await LoginAsync(h, "ann@example.com", "wrong password");
        await LoginAsync(h, "ann@example.com", "wrong password");
        var before = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

        var (status, body, response) = await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "wrong password" });

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("rate_limited", body.Str("code"));
        Assert.Equal("2", Assert.Single(response.Headers.GetValues("X-RateLimit-Limit")));
        Assert.Equal("0", Assert.Single(response.Headers.GetValues("X-RateLimit-Remaining")));
        var reset = long.Parse(Assert.Single(response.Headers.GetValues("X-RateLimit-Reset")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(reset, before, before + 61);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Login_WithAnOversizedBody_IsRefusedBeforeAnyPasswordCheck()
    {
        await using var h = await StartAsync(perIp: "20", perAccount: "2");

        var (status, body, _) = await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "wrong password", padding = new string(' ', 20_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("at most", body.Str("detail"), StringComparison.Ordinal);
    }
}
