using System.Net.WebSockets;
using Pierre.Server.Tests.Infrastructure;
using static Pierre.Server.Tests.Realtime.RealtimeSteps;

namespace Pierre.Server.Tests.Realtime;

/// <summary>The web UI's pages open <c>/ws</c> with their cookie session: from this server's pages only, and only while the session lasts.</summary>
public sealed class WebSessionSocketTests
{
    [Fact]
    public async Task ACookieSession_OpensASocketFromThisServersPages_AndSigningOutClosesIt()
    {
        await using var h = await StartAsync();
        await h.RegisterAsync("ann@example.com");
        using var web = WebFormClient.For(h.App);
        using var signedIn = await web.SignInAsync("ann@example.com");
        var cookie = WebFormClient.SessionCookie(signedIn);

        await using var socket = await SocketProbe.OpenAsync(h, origin: "http://localhost", cookie: cookie);
        var foreign = await Assert.ThrowsAnyAsync<Exception>(() => SocketProbe.OpenAsync(h, origin: "https://evil.example", cookie: cookie));

        Assert.Equal("ready", (await socket.NextAsync()).Str("type"));
        Assert.Contains("403", foreign.Message, StringComparison.Ordinal);
        using var signedOut = await web.PostFormAsync("/logout", "logout", []);
        var (status, _) = await socket.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
    }

    [Fact]
    public async Task AForgedOrExpiredCookie_OpensNothing()
    {
        await using var h = await StartAsync();

        await using var socket = await SocketProbe.OpenAsync(h, origin: "http://localhost", cookie: "pierre_session=CfDJ8forged");

        // No session: the socket waits for a credential in its first message, and closes when none comes.
        var (status, _) = await socket.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
    }
}
