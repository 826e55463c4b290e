using System.Net;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Auth;

public sealed class AuthFlowTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task NewUser_RegisterApproveLoginCreateKey_ThenEveryCredentialFormWorks(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var admin = await h.SuperAdminTokenAsync();

        var (status, body, _) = await h.Client.PostAsync("/api/auth/register", new { email = "Ann@Example.com", password = "password123", display_name = "Ann" });
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("pending", body.Str("status"));
        var userId = body.Str("user_id");

        var (pendingStatus, pending, _) = await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" });
        Assert.Equal(HttpStatusCode.Forbidden, pendingStatus);
        Assert.Equal("forbidden", pending.Str("code"));
        Assert.Contains($"an admin of this server must approve it; ask them to run POST /admin/users/{userId}/approve", pending.Str("detail"), StringComparison.Ordinal);

        var (listStatus, list, _) = await h.Client.GetAsync("/admin/users?status=pending", admin);
        Assert.Equal(HttpStatusCode.OK, listStatus);
        Assert.Contains(list!.AsArray(), u => u.Str("id") == userId);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{userId}/approve", null, admin)).Status);

        var session = await h.LoginAsync("ann@example.com");
        Assert.Equal("Bearer", session.Str("token_type"));
        Assert.Equal(24 * 3600, session["expires_in"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(session.Str("refresh_token")));
        var user = session["user"]!;
        Assert.Equal(userId, user.Str("id"));
        Assert.Equal("ann@example.com", user.Str("email"));
        Assert.Equal("Ann", user.Str("display_name"));
        Assert.Equal("user", user.Str("role"));
        Assert.Equal("active", user.Str("status"));
        Assert.False(string.IsNullOrEmpty(user.Str("tenant_id")));

        var jwt = session.Str("access_token");
        var key = await h.CreateKeyAsync(jwt);
        Assert.Matches("^pk_live_[0-9A-Za-z]{32}$", key);

        foreach (var (bearer, apiKey) in new (string?, string?)[] { (jwt, null), (key, null), (null, key) })
        {
            var (s, keys, response) = await h.Client.GetAsync("/api/keys", bearer, apiKey);
            Assert.Equal(HttpStatusCode.OK, s);
            Assert.Single(keys!.AsArray());
            Assert.True(response.Headers.Contains("X-RateLimit-Limit"));
        }
    }

    [Fact]
    public async Task Register_WithAutoApprove_IsActiveAtOnce()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });

        var (status, body, _) = await h.Client.PostAsync("/api/auth/register", new { email = "bo@example.com", password = "password123", display_name = "Bo" });

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("active", body.Str("status"));
        Assert.Equal("active", (await h.LoginAsync("bo@example.com"))["user"].Str("status"));
    }

    [Theory]
    [InlineData("not-an-email", "password123", HttpStatusCode.BadRequest, "invalid_request", "email")]
    [InlineData("cy@example.com", "short", HttpStatusCode.BadRequest, "invalid_request", "at least 8")]
    [InlineData("dup@example.com", "password123", HttpStatusCode.Conflict, "conflict", "already exists")]
    public async Task Register_WithBadInput_IsRefusedWithProblemDetails(string email, string password, HttpStatusCode expected, string code, string detail)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        await h.RegisterAsync("dup@example.com");

        var (status, body, response) = await h.Client.PostAsync("/api/auth/register", new { email, password, display_name = "X" });

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, body.Str("code"));
        Assert.Contains(detail, body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(1, await h.DbAsync(db => Task.FromResult(db.Users.Count())));
    }

    [Theory]
    [InlineData("ann@example.com", "wrong password")]
    [InlineData("nobody@example.com", "password123")]
    public async Task Login_WithWrongCredentials_Is401WithoutSayingWhich(string email, string password)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");

        var (status, body, _) = await h.Client.PostAsync("/api/auth/login", new { email, password });

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("invalid email or password", body.Str("detail"));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Refresh_RotatesAndReuseRevokesTheWholeFamily(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var first = (await h.LoginAsync("ann@example.com")).Str("refresh_token");

        var (status, second, _) = await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = first });
        Assert.Equal(HttpStatusCode.OK, status);
        var next = second.Str("refresh_token");
        Assert.NotEqual(first, next);
        Assert.Equal("ann@example.com", second!["user"].Str("email"));

        var (reuseStatus, reuse, _) = await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = first });
        Assert.Equal(HttpStatusCode.Unauthorized, reuseStatus);
        Assert.Equal("unauthorized", reuse.Str("code"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = next })).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Logout_RevokesTheSessionsRefreshTokens(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var session = await h.LoginAsync("ann@example.com");
        var other = await h.LoginAsync("ann@example.com");

        var (status, _, _) = await h.Client.PostAsync("/api/auth/logout", null, session.Str("access_token"));

        Assert.Equal(HttpStatusCode.NoContent, status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = session.Str("refresh_token") })).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = other.Str("refresh_token") })).Status);
    }

    [Fact]
    public async Task ChangePassword_OldOneStopsWorking()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var token = (await h.LoginAsync("ann@example.com")).Str("access_token");

        Assert.Equal(HttpStatusCode.BadRequest, (await h.Client.PostAsync("/api/auth/password", new { current_password = "nope nope", new_password = "brand new pass" }, token)).Status);
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync("/api/auth/password", new { current_password = "password123", new_password = "brand new pass" }, token)).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "brand new pass" })).Status);
    }

    [Fact]
    public async Task Login_TooOftenFromOneAddress_Is429WithRetryAfter()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["PIERRE_AUTH_RATE_LIMIT_PER_MINUTE"] = "3" });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/login", new { email = "x@example.com", password = "whatever1" })).Status);
        }

        var (status, body, response) = await h.Client.PostAsync("/api/auth/login", new { email = "x@example.com", password = "whatever1" });
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("rate_limited", body.Str("code"));
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
