using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Auth;

/// <summary>
/// A sign-in session is a refresh family; ending it (sign-out, password change, reuse, suspension) refuses every access
/// token issued in it at once, while an ordinary refresh leaves the family's earlier access tokens working.
/// </summary>
public sealed class SessionRevocationTests
{
    private static async Task<(IdentityHarness H, string Root, string UserId)> StartAsync(string provider)
    {
        var h = await IdentityHarness.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var (_, id) = await h.ActiveUserAsync("ann@example.com", root);
        return (h, root, id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Logout_RefusesThatSessionsAccessToken_AndLeavesOtherSessions(string provider)
    {
        var (h, _, _) = await StartAsync(provider);
        await using var _ = h;
        var first = await h.LoginAsync("ann@example.com");
        var second = await h.LoginAsync("ann@example.com");

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync("/api/auth/logout", null, first.Str("access_token"))).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", first.Str("access_token"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = first.Str("refresh_token") })).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", second.Str("access_token"))).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task OwnPasswordChange_EndsEverySession_AndTheNewPasswordSignsIn(string provider)
    {
        var (h, _, _) = await StartAsync(provider);
        await using var _ = h;
        var current = await h.LoginAsync("ann@example.com");
        var other = await h.LoginAsync("ann@example.com");

        var (status, _, _) = await h.Client.PostAsync(
            "/api/auth/password", new { current_password = "password123", new_password = "a new password" }, current.Str("access_token"));

        Assert.Equal(HttpStatusCode.NoContent, status);
        foreach (var session in new[] { current, other })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", session.Str("access_token"))).Status);
            Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = session.Str("refresh_token") })).Status);
        }

        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", (await h.LoginAsync("ann@example.com", "a new password")).Str("access_token"))).Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task AdminPasswordReset_EndsTheUsersSessions(string provider)
    {
        var (h, root, id) = await StartAsync(provider);
        await using var _ = h;
        var session = await h.LoginAsync("ann@example.com");

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync($"/admin/users/{id}/password", new { new_password = "reset by admin" }, root)).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", session.Str("access_token"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = session.Str("refresh_token") })).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", root)).Status);
    }

    [Fact]
    public async Task OrdinaryRefresh_KeepsEarlierAccessTokens_ButReuseEndsThemAll()
    {
        var (h, _, _) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var session = await h.LoginAsync("ann@example.com");
        var (status, refreshed, _) = await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = session.Str("refresh_token") });
        Assert.Equal(HttpStatusCode.OK, status);

        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", session.Str("access_token"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", refreshed.Str("access_token"))).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = session.Str("refresh_token") })).Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", session.Str("access_token"))).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.GetAsync("/api/keys", refreshed.Str("access_token"))).Status);
    }

    [Fact]
    public async Task RefreshTokenIssuedAfterItsSessionEnded_IsRefused()
    {
        var (h, _, _) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var session = await h.LoginAsync("ann@example.com");
        var (_, refreshed, _) = await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = session.Str("refresh_token") });
        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync("/api/auth/logout", null, session.Str("access_token"))).Status);
        // As if the refresh had raced the sign-out: its new token was written after the family was revoked.
        await h.DbAsync(db => db.RefreshTokens.Where(t => t.RevokedAt != null && t.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, (DateTime?)null), TestContext.Current.CancellationToken));
        await h.DbAsync(db => db.RefreshTokens.Where(t => t.ConsumedAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, t => t.ConsumedAt), TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Unauthorized, (await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = refreshed.Str("refresh_token") })).Status);
    }
}
