using System.Net;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Usage;

public sealed class TierSettingsTests
{
    [Fact]
    public async Task ConfiguredBurst_IsEnforcedPerMinute()
    {
        await using var h = await IdentityHarness.StartAsync(
            TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true", ["PIERRE_TIER_STARTER_BURST_PER_MINUTE"] = "5" });
        await h.RegisterAsync("ann@example.com");
        var key = await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"), tier: "starter");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        }

        var (status, body, response) = await h.Client.GetAsync("/api/keys", null, key);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("rate_limited", body.Str("code"));
        Assert.Equal("5", response.Headers.GetValues("X-RateLimit-Limit").Single());
    }

    [Fact]
    public async Task ZeroBurst_IsUnlimited()
    {
        await using var h = await IdentityHarness.StartAsync(
            TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true", ["PIERRE_TIER_TRIAL_BURST_PER_MINUTE"] = "0" });
        await h.RegisterAsync("ann@example.com");
        var key = await h.CreateKeyAsync((await h.LoginAsync("ann@example.com")).Str("access_token"), tier: "trial");

        // The trial tier's default burst is 60 a minute.
        for (var i = 0; i < 75; i++)
        {
            var (status, _, _) = await h.Client.GetAsync("/api/keys", null, key);
            Assert.True(status == HttpStatusCode.OK, $"request {i + 1}: {status}");
        }
    }

    [Fact]
    public async Task ConfiguredMonthlyLimit_AppliesToAKeyCreatedBeforeIt()
    {
        await using var database = new SqliteTestDatabase();
        string key;
        await using (var before = new PierreAppFactory(database, new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true" }))
        {
            using var client = before.CreateClient();
            await client.PostAsync("/api/auth/register", new { email = "ann@example.com", password = "password123" });
            var token = (await client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" })).Body.Str("access_token");
            key = (await client.PostAsync("/api/keys", new { name = "old", tier = "starter" }, token)).Body.Str("key");
            var (_, _, first) = await client.GetAsync("/api/keys", null, key);
            Assert.Equal("10000", first.Headers.GetValues("X-RateLimit-Limit").Single());
            await client.GetAsync("/api/keys", null, key);
        }

        await using var after = new PierreAppFactory(database, new Dictionary<string, string> { ["PIERRE_TIER_STARTER_MONTHLY"] = "3" });
        using var restarted = after.CreateClient();

        var (ok, listed, third) = await restarted.GetAsync("/api/keys", null, key);
        var (refused, body, _) = await restarted.GetAsync("/api/keys", null, key);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (ok, refused));
        Assert.Equal(("3", "0"), (third.Headers.GetValues("X-RateLimit-Limit").Single(), third.Headers.GetValues("X-RateLimit-Remaining").Single()));
        Assert.Equal(3, listed!.AsArray().Single()!["monthly_limit"]!.GetValue<int>());
        Assert.Contains("monthly quota of 3", body.Str("detail"), StringComparison.Ordinal);
    }
}
