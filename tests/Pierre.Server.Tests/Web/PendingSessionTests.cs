using System.Net;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Realtime;

namespace Pierre.Server.Tests.Web;

/// <summary>An account waiting for approval may sign in to the web UI to wait, and do nothing else.</summary>
public sealed class PendingSessionTests
{
    [Fact]
    public async Task APendingAccount_SignsInToWait_AndEveryOtherPageAndFormSendsItBack()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        await h.RegisterAsync("carol@example.com");
        using var web = WebFormClient.For(h.App);

        using var signedIn = await web.SignInAsync("carol@example.com");

        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
        using var home = await web.GetAsync("/");
        Assert.Equal("/waiting", home.Headers.Location!.AbsolutePath);
        Assert.Contains("waiting for an administrator's approval", await web.PageAsync("/waiting"), StringComparison.Ordinal);
        foreach (var path in new[] { "/keys", "/connections", "/account", "/manage/users", "/ui/usage" })
        {
            using var refused = await web.GetAsync(path);
            Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
            Assert.Equal("/", refused.Headers.Location!.AbsolutePath);
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "create-key", ["Input.Name"] = "sneaky" });
        using var posted = await web.Http.PostAsync(new Uri("/keys", UriKind.Relative), content, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Found, posted.StatusCode);
        Assert.False(await h.DbAsync(db => db.ApiKeys.AnyAsync()));

        // The API still refuses the account until it is approved.
        var (status, _, _) = await h.Client.PostAsync("/api/auth/login", new { email = "carol@example.com", password = "password123" });
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task APendingAccountsSocket_HearsItsApproval_AndNothingElse()
    {
        await using var h = await RealtimeSteps.StartAsync();
        var root = await h.SuperAdminTokenAsync();
        var carol = await h.RegisterAsync("carol@example.com");
        // This server approves sign-ups at once (its sockets are re-checked quickly); Carol's account waits all the same.
        await h.DbAsync(db => db.Users.Where(u => u.Email == "carol@example.com")
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.Status, UserStatus.Pending)));
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("carol@example.com");
        var cookie = WebFormClient.SessionCookie(signedIn);
        await using var socket = await SocketProbe.OpenAsync(h, origin: "http://localhost", cookie: cookie);
        Assert.Equal("ready", (await socket.NextAsync()).Str("type"));

        var (status, _, _) = await h.Client.PostAsync($"/admin/users/{carol}/approve", null, root);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("account_approved", (await socket.NextOfAsync("account_approved")).Str("type"));
    }
}
