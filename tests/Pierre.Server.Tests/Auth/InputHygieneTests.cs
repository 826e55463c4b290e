using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Admin;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Auth;

/// <summary>Names and emails that could disguise themselves (bidi overrides, invisible or control characters) are refused.</summary>
public sealed class InputHygieneTests
{
    [Theory]
    [InlineData("Ann\u202Eevil")]
    [InlineData("Ann\u2066x\u2069")]
    [InlineData("Ann\u0007")]
    [InlineData("Ann\u001B[31m")]
    public async Task Register_WithADisplayNameHidingCharacters_Is400AndCreatesNothing(string displayName)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var (status, body, _) = await h.Client.PostAsync("/api/auth/register", new { email = "ann@example.com", password = "password123", display_name = displayName });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("display_name", body.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(0, await h.DbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Users, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RegisterAndLogin_WithAZeroWidthCharacterInTheEmail_AreRefused()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");

        var (registerStatus, _, _) = await h.Client.PostAsync("/api/auth/register", new { email = "ann\u200B@example.com", password = "password123" });
        var (loginStatus, _, _) = await h.Client.PostAsync("/api/auth/login", new { email = "ann\u200B@example.com", password = "password123" });

        Assert.Equal(HttpStatusCode.BadRequest, registerStatus);
        Assert.Equal(HttpStatusCode.Unauthorized, loginStatus);
        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync("/api/auth/login", new { email = "\uFF41nn@example.com", password = "password123" })).Status);
    }

    [Fact]
    public async Task AdminCreate_WithABidiDisplayName_IsRefused()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);

        var created = await h.ScopedAsync(sp => sp.GetRequiredService<SuperAdminCreator>()
            .CreateAsync("root@example.com", "root password 1", "Root\u202Enimda", TestContext.Current.CancellationToken));

        Assert.Null(created.User);
        Assert.Contains("name", created.Problem, StringComparison.Ordinal);
    }
}
