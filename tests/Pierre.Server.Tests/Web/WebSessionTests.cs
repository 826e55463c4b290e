using System.Net;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Web;

/// <summary>The web UI's cookie session: how it is set, where it is accepted, and how it ends.</summary>
public sealed class WebSessionTests
{
    [Fact]
    public async Task SignIn_SetsAnHttpOnlyLaxCookie_ThatTheApiAndMcpDoNotAccept()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);

        using var signedIn = await web.SignInAsync("ann@example.com");

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pierre_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Dashboard", await web.PageAsync("/"), StringComparison.Ordinal);
        foreach (var path in new[] { "/api/keys", "/api/dashboard", "/a2a/clients" })
        {
            using var api = await web.GetAsync(path);
            Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        }

        using var mcp = new HttpRequestMessage(HttpMethod.Post, new Uri("/mcp", UriKind.Relative))
        {
            Content = new StringContent("""{"jsonrpc":"2.0","id":1,"method":"tools/list"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        mcp.Headers.Accept.ParseAdd("application/json, text/event-stream");
        using var refused = await web.Http.SendAsync(mcp, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task SignIn_BehindHttps_MarksTheCookieSecure()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true", ["BASE_URL"] = "https://pierre.example" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App, new Uri("https://localhost"));

        using var signedIn = await web.SignInAsync("ann@example.com");

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pierre_session=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_WithoutACookie_SendToSignIn_AndABearerTokenDoesNotOpenThem()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var jwt = (await h.LoginAsync("ann@example.com")).Str("access_token");
        using var web = WebFormClient.For(h.App);
        web.Http.DefaultRequestHeaders.Authorization = new("Bearer", jwt);

        foreach (var path in new[] { "/", "/keys", "/connections", "/account", "/manage/users", "/ui/usage" })
        {
            using var response = await web.GetAsync(path);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
            Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_ShowsWhy_AndSetsNoCookie()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);

        using var refused = await web.SignInAsync("ann@example.com", "wrong password");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("invalid email or password", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("pierre_session=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_WithAHugeForm_Is413_AndSetsNoCookie()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);

        using var refused = await web.PostFormAsync(
            "/login", "login", new() { ["Input.Email"] = "ann@example.com", ["Input.Password"] = "password123", ["padding"] = new string('x', 64 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.False(refused.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("pierre_session=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task SignIn_WithAReturnUrlElsewhere_StaysOnThisSite(string returnUrl)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);

        using var signedIn = await web.PostFormAsync(
            $"/login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login", new() { ["Input.Email"] = "ann@example.com", ["Input.Password"] = "password123" });

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.AbsolutePath);
        Assert.Equal("localhost", signedIn.Headers.Location.Host);
    }

    [Fact]
    public async Task SignOut_EndsTheSession_SoACopiedCookieStopsWorking()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("ann@example.com");
        var copied = WebFormClient.SessionCookie(signedIn);

        using var signedOut = await web.PostFormAsync("/logout", "logout", []);

        Assert.Equal(HttpStatusCode.Found, signedOut.StatusCode);
        using var replay = new HttpRequestMessage(HttpMethod.Get, new Uri("/keys", UriKind.Relative));
        replay.Headers.Add("Cookie", copied);
        using var stranger = WebFormClient.For(h.App);
        using var refused = await stranger.Http.SendAsync(replay, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
        Assert.StartsWith("/login", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspension_EndsTheWebSession()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        var admin = await h.SuperAdminTokenAsync();
        var (_, annId) = await h.ActiveUserAsync("ann@example.com", admin);
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("ann@example.com");
        Assert.Contains("Dashboard", await web.PageAsync("/"), StringComparison.Ordinal);

        var (status, _, _) = await h.Client.PostAsync($"/admin/users/{annId}/suspend", null, admin);

        Assert.Equal(HttpStatusCode.OK, status);
        using var refused = await web.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
        Assert.StartsWith("/login", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingThePassword_SignsOutEverywhere()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await h.RegisterAsync("ann@example.com");
        var jwt = (await h.LoginAsync("ann@example.com")).Str("access_token");
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("ann@example.com");

        using var changed = await web.PostFormAsync("/account", "password", new() { ["Input.Current"] = "password123", ["Input.New"] = "a new password 2" });

        Assert.Equal(HttpStatusCode.Found, changed.StatusCode);
        Assert.StartsWith("/login", changed.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var (status, _, _) = await h.Client.GetAsync("/api/keys", jwt);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        using var again = await web.SignInAsync("ann@example.com", "a new password 2");
        Assert.Equal(HttpStatusCode.Found, again.StatusCode);
    }
}
