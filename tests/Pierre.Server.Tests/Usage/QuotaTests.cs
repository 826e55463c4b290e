using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Usage;

public sealed class QuotaTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task TrialKey_AfterItsMonthlyQuota_Is429AndNothingHappens(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = (await h.Client.PostAsync("/api/keys", new { name = "trial", tier = "trial" }, token)).Body.Str("key");
        var spare = await h.CreateKeyAsync(token, "spare");
        var stored = await h.DbAsync(db => db.ApiKeys.SingleAsync(k => k.Tier == ApiKeyTier.Trial));
        await h.DbAsync(async db =>
        {
            // 998 requests already counted this month (as another replica would have written them).
            var now = DateTime.SpecifyKind(DateTime.UnixEpoch, DateTimeKind.Utc).AddSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            db.ApiKeyUsage.AddRange(Enumerable.Range(0, 998).Select(_ => new ApiKeyUsage
            {
                TenantId = stored.TenantId, UserId = stored.UserId, ApiKeyId = stored.Id, Operation = "GET /api/keys", StatusCode = 200, Timestamp = now,
            }));
            return await db.SaveChangesAsync();
        });

        var (s1, _, r1) = await h.Client.GetAsync("/api/keys", key);
        var (s2, _, r2) = await h.Client.GetAsync("/api/keys", key);
        var spareId = (await h.Client.GetAsync("/api/keys", token)).Body!.AsArray().Single(k => k.Str("name") == "spare").Str("id");
        var (s3, body, r3) = await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{spareId}", apiKey: key);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (s1, s2, s3));
        Assert.Equal("1000", r1.Headers.GetValues("X-RateLimit-Limit").Single());
        Assert.Equal("1", r1.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("0", r2.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("0", r3.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal("rate_limited", body.Str("code"));
        var reset = DateTimeOffset.FromUnixTimeSeconds(long.Parse(r3.Headers.GetValues("X-RateLimit-Reset").Single(), CultureInfo.InvariantCulture));
        Assert.Equal((1, 0, 0), (reset.Day, reset.Hour, reset.Minute));
        Assert.True(r3.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", null, spare)).Status);
        Assert.Null((await h.DbAsync(db => db.ApiKeys.SingleAsync(k => k.Name == "spare"))).RevokedAt);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Usage_IsWrittenInBatchesWithRouteStatusAndDuration(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = await h.CreateKeyAsync(token);

        for (var i = 0; i < 5; i++)
        {
            await h.Client.GetAsync("/api/keys", null, key);
        }

        var rows = await WaitForUsageAsync(h, 5, u => u.ApiKeyId != null);
        Assert.All(rows, r => Assert.Equal(("GET /api/keys/", 200), (r.Operation, r.StatusCode)));
        Assert.NotNull((await h.DbAsync(db => db.ApiKeys.SingleAsync())).LastUsedAt);
        Assert.NotEmpty(await WaitForUsageAsync(h, 1, u => u.ApiKeyId == null));
    }

    [Fact]
    public async Task TrialKey_OverItsPerMinuteBurst_Is429WithRetryAfterAndIsNotCounted()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = (await h.Client.PostAsync("/api/keys", new { name = "trial", tier = "trial" }, token)).Body.Str("key");

        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        }

        var (status, body, response) = await h.Client.GetAsync("/api/keys", null, key);

        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("rate_limited", body.Str("code"));
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", token)).Status);
        Assert.Equal(60, (await WaitForUsageAsync(h, 60, u => u.ApiKeyId != null)).Count);
    }

    [Fact]
    public async Task Shutdown_FlushesUsageStillInTheBuffer()
    {
        await using var database = new SqliteTestDatabase();
        await using (var app = new PierreAppFactory(database, new Dictionary<string, string> { ["AUTO_APPROVE_USERS"] = "true" }))
        {
            using var client = app.CreateClient();
            await client.PostAsync("/api/auth/register", new { email = "ann@example.com", password = "password123" });
            var token = (await client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" })).Body.Str("access_token");
            for (var i = 0; i < 3; i++)
            {
                await client.GetAsync("/api/keys", token);
            }
        }

        await using var db = database.CreateContext();
        Assert.Equal(3, await db.ApiKeyUsage.CountAsync(TestContext.Current.CancellationToken));
    }

    private static async Task<List<ApiKeyUsage>> WaitForUsageAsync(IdentityHarness h, int count, System.Linq.Expressions.Expression<Func<ApiKeyUsage, bool>> filter)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var rows = await h.DbAsync(db => db.ApiKeyUsage.Where(filter).ToListAsync());
            if (rows.Count >= count)
            {
                return rows;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"fewer than {count} usage rows after 10 s");
    }
}
