using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Admin;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Admin;

/// <summary><c>POST /admin/setup</c>: the first-run token creates the first admin once; anything else changes nothing.</summary>
public sealed class FirstRunSetupTests
{
    private const string Password = "first admin password";

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Setup_WithTheIssuedToken_CreatesASuperAdminWhoCanSignIn_ThenIsClosed(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var token = await IssueAsync(h);

        var (status, body, response) = await SetupAsync(h, token, "Root@Example.com");
        var (againStatus, again, _) = await SetupAsync(h, token, "second@example.com");

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("root@example.com", body.Str("email"));
        Assert.Equal("super_admin", body.Str("role"));
        Assert.Equal($"/admin/users/{body.Str("id")}", response.Headers.Location?.OriginalString);
        Assert.Equal("super_admin", (await h.LoginAsync("root@example.com", Password))["user"].Str("role"));
        Assert.Equal(HttpStatusCode.Conflict, againStatus);
        Assert.Contains("already has an admin", again.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(1, await h.DbAsync(db => db.Users.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Null(await h.ScopedAsync(sp => sp.GetRequiredService<FirstRunSetup>().IssueTokenAsync(TestContext.Current.CancellationToken)));
        Assert.True(await h.DbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "admin.created" && e.TargetId == body.Str("id"), TestContext.Current.CancellationToken)));
    }

    [Theory]
    [InlineData("pst_wrong", "wrong, used or expired")]
    [InlineData("", "token is required")]
    public async Task Setup_WithoutAValidToken_IsRefusedAndCreatesNothing(string token, string reason)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        await IssueAsync(h);

        var (status, body, _) = await SetupAsync(h, token, "root@example.com");

        Assert.Equal(token.Length == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.Forbidden, status);
        Assert.Contains(reason, body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await h.DbAsync(db => db.Users.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Setup_WithABadPassword_SaysWhy_AndTheTokenStillWorks()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var token = await IssueAsync(h);

        var (badStatus, bad, _) = await SetupAsync(h, token, "root@example.com", "short");
        var (badEmailStatus, _, _) = await SetupAsync(h, token, "not-an-email");
        var (status, _, _) = await SetupAsync(h, token, "root@example.com");

        Assert.Equal(HttpStatusCode.BadRequest, badStatus);
        Assert.Contains("at least 8 characters", bad.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badEmailStatus);
        Assert.Equal(HttpStatusCode.Created, status);
    }

    [Fact]
    public async Task Setup_WithAnExpiredToken_IsRefused()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        const string token = "pst_expiredexpiredexpiredexpiredexpired00";
        var longAgo = DateTime.SpecifyKind(new DateTime(2020, 1, 1), DateTimeKind.Utc);
        await h.DbAsync(db =>
        {
            db.SetupTokens.Add(new SetupToken { Id = Guid.CreateVersion7(), TokenHash = SecretTokens.Hash(token), CreatedAt = longAgo, ExpiresAt = longAgo.AddHours(24) });
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var (status, body, _) = await SetupAsync(h, token, "root@example.com");

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("restart the server to print a new one", body.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Setup_AfterAnAdminWasCreatedOnTheCommandLine_IsClosed()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var token = await IssueAsync(h);
        await h.SuperAdminTokenAsync("ops@example.com");

        var (status, _, _) = await SetupAsync(h, token, "root@example.com");

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.False(await h.DbAsync(db => db.Users.AnyAsync(u => u.Email == "root@example.com", TestContext.Current.CancellationToken)));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Setup_TwoTokensAtOnce_CreateExactlyOneAdmin(string provider)
    {
        await using var h = await IdentityHarness.StartAsync(provider);
        var first = await IssueAsync(h);
        var second = await IssueAsync(h);

        var results = await Task.WhenAll(SetupAsync(h, first, "one@example.com"), SetupAsync(h, second, "two@example.com"));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], results.Select(r => r.Status).Order());
        Assert.Equal(1, await h.DbAsync(db => db.Users.CountAsync(TestContext.Current.CancellationToken)));
    }

    private static Task<string> IssueAsync(IdentityHarness h) =>
        h.ScopedAsync(async sp => (await sp.GetRequiredService<FirstRunSetup>().IssueTokenAsync(TestContext.Current.CancellationToken))!);

    private static Task<(HttpStatusCode Status, System.Text.Json.Nodes.JsonNode? Body, HttpResponseMessage Response)> SetupAsync(
        IdentityHarness h, string token, string email, string password = Password) =>
        h.Client.PostAsync("/admin/setup", new { token, email, password });
}
