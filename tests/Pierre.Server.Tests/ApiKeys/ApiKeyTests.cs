using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.ApiKeys;

public sealed class ApiKeyTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Create_ShowsTheKeyOnceAndStoresOnlyItsHash(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");

        var (status, created, _) = await h.Client.PostAsync("/api/keys", new { name = "laptop" }, token);

        Assert.Equal(HttpStatusCode.Created, status);
        var key = created.Str("key");
        Assert.Equal("enterprise", created.Str("tier"));
        Assert.Null(created!["monthly_limit"]);
        Assert.StartsWith(created.Str("key_prefix"), key, StringComparison.Ordinal);
        var (_, list, _) = await h.Client.GetAsync("/api/keys", token);
        var listed = Assert.Single(list!.AsArray());
        Assert.DoesNotContain(key, list.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("laptop", listed.Str("name"));
        var stored = await h.DbAsync(db => db.ApiKeys.SingleAsync());
        Assert.NotEqual(key, stored.KeyHash);
        Assert.Equal(64, stored.KeyHash.Length);
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "api_key.created")));
    }

    [Fact]
    public async Task TrialKey_HasTheTrialPrefixQuotaAndFourteenDayLife()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");

        var (status, created, _) = await h.Client.PostAsync("/api/keys", new { name = "try", tier = "trial", expires_in_days = 90 }, token);

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Matches("^pk_trial_[0-9A-Za-z]{32}$", created.Str("key"));
        Assert.Equal(1000, created!["monthly_limit"]!.GetValue<int>());
        var stored = await h.DbAsync(db => db.ApiKeys.SingleAsync());
        Assert.Equal(TimeSpan.FromDays(14), stored.ExpiresAt - stored.CreatedAt);
    }

    [Theory]
    [InlineData("starter", HttpStatusCode.Created)]
    [InlineData("professional", HttpStatusCode.Forbidden)]
    [InlineData("platinum", HttpStatusCode.BadRequest)]
    public async Task Tier_IsBoundedByTheTenantPlan(string tier, HttpStatusCode expected)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var admin = await h.SuperAdminTokenAsync();
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club", slug = "club", plan = "starter" }, admin);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "member@club.example", Server.Data.Entities.UserRole.User);
        var token = (await h.LoginAsync("member@club.example")).Str("access_token");

        var (status, body, _) = await h.Client.PostAsync("/api/keys", new { name = "k", tier }, token);

        Assert.Equal(expected, status);
        if (expected == HttpStatusCode.Created)
        {
            Assert.Equal(10_000, body!["monthly_limit"]!.GetValue<int>());
        }

        var (_, defaulted, _) = await h.Client.PostAsync("/api/keys", new { name = "default" }, token);
        Assert.Equal("starter", defaulted.Str("tier"));
    }

    /// <summary>A key's principal is cached once it has been used: a revocation must still refuse it at once.</summary>
    [Fact]
    public async Task UsedKey_RevokedAfterItsPrincipalWasCached_Is401AtOnce()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = await h.CreateKeyAsync(token);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        var id = (await h.Client.GetAsync("/api/keys", token)).Body![0].Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{id}", bearer: token)).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", null, key)).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RevokedKey_Is401(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");
        var key = await h.CreateKeyAsync(token);
        var id = (await h.Client.GetAsync("/api/keys", token)).Body![0].Str("id");

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{id}", bearer: token)).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", key)).Status);
        Assert.NotNull((await h.Client.GetAsync("/api/keys", token)).Body![0]!["revoked_at"]);
        Assert.Equal(1, await h.DbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "api_key.revoked" && e.TargetId == id)));
    }

    [Theory]
    [InlineData("pk_live_00000000000000000000000000000000")]
    [InlineData("pat_doesnotexist")]
    public async Task UnknownKey_Is401(string key)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", null, key)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", key)).Status);
    }
}
