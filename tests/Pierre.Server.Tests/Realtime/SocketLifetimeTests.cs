using System.Net;
using System.Net.WebSockets;
using Microsoft.Extensions.Logging;
using Pierre.Server.Tests.Infrastructure;
using static Pierre.Server.Tests.Realtime.RealtimeSteps;

namespace Pierre.Server.Tests.Realtime;

/// <summary>A socket lasts as long as its credential, its client and the server, and no longer.</summary>
public sealed class SocketLifetimeTests
{
    [Fact]
    public async Task AbortedClient_IsRemovedFromTheHub()
    {
        await using var h = await StartAsync();
        var socket = await SocketProbe.OpenAsync(h, await SignedInAsync(h, "ann@example.com"));
        var ready = await socket.NextAsync();
        var (tenantId, userId) = (Guid.Parse(ready.Str("tenant_id")), Guid.Parse(ready.Str("user_id")));
        Assert.Equal(1, Hub(h).ConnectionsOf(tenantId, userId));

        await socket.DisposeAsync();

        await ConnectionsReachAsync(h, tenantId, userId, 0);
        Assert.Equal(0, Hub(h).ConnectionCount);
        Assert.DoesNotContain(h.App.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task ClientThatLeavesBeforeSigningIn_EndsQuietly()
    {
        await using var h = await StartAsync();
        var socket = await SocketProbe.OpenAsync(h);

        await socket.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(1.5), TestContext.Current.CancellationToken);

        Assert.Equal(0, Hub(h).ConnectionCount);
        Assert.DoesNotContain(h.App.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Socket_OutlivesTheRequestTimeout()
    {
        await using var h = await StartAsync(requestTimeoutSeconds: "1");
        await using var socket = await SocketProbe.ReadyAsync(h, await SignedInAsync(h, "ann@example.com"));

        await Task.Delay(TimeSpan.FromSeconds(2.5), TestContext.Current.CancellationToken);
        await socket.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await socket.NextOfAsync("pong")).Str("type"));
        Assert.Equal(1, Hub(h).ConnectionCount);
    }

    [Fact]
    public async Task Logout_ClosesTheSessionsSocket_WithPolicyViolation()
    {
        await using var h = await StartAsync();
        var ann = await SignedInAsync(h, "ann@example.com");
        var other = (await h.LoginAsync("ann@example.com")).Str("access_token");
        await using var loggedOut = await SocketProbe.ReadyAsync(h, ann);
        await using var stillSignedIn = await SocketProbe.ReadyAsync(h, other);

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync("/api/auth/logout", null, ann)).Status);

        var (status, reason) = await loggedOut.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
        Assert.Contains("session was ended", reason, StringComparison.Ordinal);
        await stillSignedIn.SendAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await stillSignedIn.NextOfAsync("pong")).Str("type"));
    }

    [Fact]
    public async Task RevokedKey_ClosesItsSocket()
    {
        await using var h = await StartAsync();
        var ann = await SignedInAsync(h, "ann@example.com");
        var key = await h.CreateKeyAsync(ann);
        var keyId = (await h.Client.GetAsync("/api/keys", ann)).Body![0].Str("id");
        await using var socket = await SocketProbe.ReadyAsync(h, key);

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{keyId}", bearer: ann)).Status);

        var (status, reason) = await socket.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
        Assert.Contains("revoked", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspension_SendsAccountSuspended_ThenClosesEveryOneOfTheUsersSockets()
    {
        await using var h = await StartAsync();
        var root = await h.SuperAdminTokenAsync();
        await h.RegisterAsync("ann@example.com");
        var session = await h.LoginAsync("ann@example.com");
        var ann = session.Str("access_token");
        await using var jwtSocket = await SocketProbe.ReadyAsync(h, ann);
        await using var keySocket = await SocketProbe.ReadyAsync(h, await h.CreateKeyAsync(ann));

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{session["user"].Str("id")}/suspend", null, root)).Status);

        foreach (var socket in new[] { jwtSocket, keySocket })
        {
            Assert.Equal("account_suspended", (await socket.NextOfAsync("account_suspended")).Str("type"));
            Assert.Equal(WebSocketCloseStatus.PolicyViolation, (await socket.ClosedAsync()).Status);
        }

        await ConnectionsReachAsync(h, Guid.Parse(session["user"].Str("tenant_id")), Guid.Parse(session["user"].Str("id")), 0);
    }

    [Fact]
    public async Task Shutdown_SendsEverySocketACloseFrame()
    {
        await using var h = await StartAsync();
        await using var socket = await SocketProbe.ReadyAsync(h, await SignedInAsync(h, "ann@example.com"));

        await h.App.DisposeAsync();

        var (status, reason) = await socket.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, status);
        Assert.Equal("server shutting down", reason);
    }
}
