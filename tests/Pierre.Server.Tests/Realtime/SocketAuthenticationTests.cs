using System.Net;
using System.Net.WebSockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Auth;
using Pierre.Server.Tests.Infrastructure;
using static Pierre.Server.Tests.Realtime.RealtimeSteps;

namespace Pierre.Server.Tests.Realtime;

/// <summary>Who may open <c>/ws</c>, and how: a credential on the upgrade or in the first message, never in the URL.</summary>
public sealed class SocketAuthenticationTests
{
    [Fact]
    public async Task PlainGet_Is400Problem()
    {
        await using var h = await StartAsync();

        var (status, body, response) = await h.Client.SendAsync(HttpMethod.Get, "/ws");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("WebSocket", body.Str("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeaderToken_OpensSocket_ThatSaysReadyForThatUser()
    {
        await using var h = await StartAsync();
        await h.RegisterAsync("ann@example.com");
        var session = await h.LoginAsync("ann@example.com");
        var token = session.Str("access_token");

        await using var socket = await SocketProbe.OpenAsync(h, token);

        var ready = await socket.NextAsync();
        Assert.Equal("ready", ready.Str("type"));
        Assert.Equal(session["user"].Str("id"), ready.Str("user_id"));
        Assert.Equal(session["user"].Str("tenant_id"), ready.Str("tenant_id"));
    }

    [Fact]
    public async Task ApiKeyInHeader_OpensSocket()
    {
        await using var h = await StartAsync();
        var key = await h.CreateKeyAsync(await SignedInAsync(h, "ann@example.com"));

        await using var socket = await SocketProbe.OpenAsync(h, key);

        Assert.Equal("ready", (await socket.NextAsync()).Str("type"));
    }

    [Fact]
    public async Task NoCredential_IsClosedWithPolicyViolation_WhenNoAuthMessageComes()
    {
        await using var h = await StartAsync();

        await using var socket = await SocketProbe.OpenAsync(h);

        var (status, reason) = await socket.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
        Assert.Contains("no credential", reason, StringComparison.Ordinal);
        Assert.Equal(0, Hub(h).ConnectionCount);
    }

    [Theory]
    [InlineData("access_token")]
    [InlineData("token")]
    public async Task TokenInQuery_IsIgnored(string parameter)
    {
        await using var h = await StartAsync();
        var token = await SignedInAsync(h, "ann@example.com");

        await using var socket = await SocketProbe.OpenAsync(h, path: $"/ws?{parameter}={token}");

        var (status, _) = await socket.ClosedAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
        Assert.Equal(0, Hub(h).ConnectionCount);
    }

    [Fact]
    public async Task AuthMessage_OpensSocket()
    {
        await using var h = await StartAsync();
        var token = await SignedInAsync(h, "ann@example.com");
        await using var socket = await SocketProbe.OpenAsync(h);

        await socket.SendAsync($$"""{"type":"auth","token":"{{token}}"}""");

        Assert.Equal("ready", (await socket.NextAsync()).Str("type"));
        Assert.Equal(1, Hub(h).ConnectionCount);
        Assert.DoesNotContain(h.App.Logs.Entries, e => e.Message.Contains(token, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"type":"auth","token":"eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl"}""")]
    [InlineData("""{"type":"ping"}""")]
    [InlineData("hello")]
    public async Task BadFirstMessage_IsClosedWithPolicyViolation(string first)
    {
        await using var h = await StartAsync();
        await using var socket = await SocketProbe.OpenAsync(h);

        await socket.SendAsync(first);

        Assert.Equal(WebSocketCloseStatus.PolicyViolation, (await socket.ClosedAsync()).Status);
        Assert.Equal(0, Hub(h).ConnectionCount);
    }

    [Fact]
    public async Task BadJwtInHeader_Is401()
    {
        await using var h = await StartAsync();
        var token = await SignedInAsync(h, "ann@example.com");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => SocketProbe.OpenAsync(h, token[..^4] + "AAAA"));

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PendingUser_Is403()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite);
        await h.SuperAdminTokenAsync();
        await h.RegisterAsync("ann@example.com");
        var pending = await h.DbAsync(db => db.Users.SingleAsync(u => u.Email == "ann@example.com"));
        var token = h.Scoped(sp => sp.GetRequiredService<AuthManager>().Issue(pending, Guid.NewGuid()));

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => SocketProbe.OpenAsync(h, token));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AgentKey_Is403()
    {
        await using var h = await StartAsync();
        var agent = await A2ATestClient.RegisterAgentAsync(h, await SignedInAsync(h, "ann@example.com"), "data");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => SocketProbe.OpenAsync(h, agent.Key));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, Hub(h).ConnectionCount);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost:1")]
    [InlineData("null")]
    public async Task ForeignOrigin_Is403(string origin)
    {
        await using var h = await StartAsync();
        var token = await SignedInAsync(h, "ann@example.com");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => SocketProbe.OpenAsync(h, token, origin));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OwnOrigin_OrAConfiguredOne_IsAccepted()
    {
        await using var h = await IdentityHarness.StartAsync(
            TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true", ["CORS_ALLOWED_ORIGINS"] = "https://app.example" });
        var token = await SignedInAsync(h, "ann@example.com");

        await using var own = await SocketProbe.OpenAsync(h, token, "http://localhost");
        await using var configured = await SocketProbe.OpenAsync(h, token, "https://app.example");

        Assert.Equal("ready", (await own.NextAsync()).Str("type"));
        Assert.Equal("ready", (await configured.NextAsync()).Str("type"));
    }
}
