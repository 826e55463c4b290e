using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Hosting;

/// <summary>The headers every response carries, and the ones only HTML or secret-bearing responses need.</summary>
public sealed class SecurityHeadersTests
{
    private static void AssertBaseline(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    private static void AssertNoStore(HttpResponseMessage response, string what) =>
        Assert.True(response.Headers.CacheControl?.NoStore == true, $"{what}: Cache-Control is '{response.Headers.CacheControl}'");

    [Theory]
    [InlineData("/health", null)]
    [InlineData("/no/such/thing", null)]
    [InlineData("/api/keys", null)]
    [InlineData("/health", "evil.example")]
    public async Task EveryResponse_ForbidsSniffingAndReferrers(string path, string? host)
    {
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database);
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        AssertBaseline(response);
    }

    [Fact]
    public async Task HtmlResponse_HasARestrictiveContentSecurityPolicy()
    {
        await using var database = new SqliteTestDatabase();
        await using var app = new PierreAppFactory(database);
        await using var withPage = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddTransient<IStartupFilter, HtmlPageFilter>()));
        using var client = withPage.CreateClient();

        using var page = await client.GetAsync(new Uri("/test-page", UriKind.Relative), TestContext.Current.CancellationToken);
        using var json = await client.GetAsync(new Uri("/health", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        // The web UI's own stylesheet, script and /ws, and nothing inline or from anywhere else.
        Assert.Equal(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'",
            Assert.Single(page.Headers.GetValues("Content-Security-Policy")));
        AssertBaseline(page);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
    }

    [Fact]
    public async Task ResponsesCarryingTokensOrKeys_AreNeverStored()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var root = await h.SuperAdminTokenAsync();
        var (_, registered, register) = await h.Client.PostAsync("/api/auth/register", new { email = "ann@example.com", password = "password123" });
        var (_, session, login) = await h.Client.PostAsync("/api/auth/login", new { email = "ann@example.com", password = "password123" });
        var (_, _, refresh) = await h.Client.PostAsync("/api/auth/refresh", new { refresh_token = session.Str("refresh_token") });
        var (keyStatus, _, key) = await h.Client.PostAsync("/api/keys", new { name = "laptop" }, session.Str("access_token"));
        var (tokenStatus, _, adminToken) = await h.Client.PostAsync("/admin/tokens", new { name = "ops", permissions = new[] { "manage_users" } }, root);
        var (_, _, setup) = await h.Client.PostAsync("/admin/setup", new { token = "pst_wrong", email = "x@example.com", password = "password123" });

        Assert.NotNull(registered);
        Assert.Equal(HttpStatusCode.Created, keyStatus);
        Assert.Equal(HttpStatusCode.Created, tokenStatus);
        AssertNoStore(register, "register");
        AssertNoStore(login, "login");
        AssertNoStore(refresh, "refresh");
        AssertNoStore(key, "POST /api/keys");
        AssertNoStore(adminToken, "POST /admin/tokens");
        AssertNoStore(setup, "POST /admin/setup");
    }

    /// <summary>The server has no HTML page yet; this stands in for the web UI to come.</summary>
    private sealed class HtmlPageFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/test-page"
                ? WritePageAsync(context)
                : Task.CompletedTask);
        };

        private static Task WritePageAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync("<!doctype html><title>page</title>", context.RequestAborted);
        }
    }
}
