using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Server.Auth;
using Pierre.Server.Configuration;
using Pierre.Server.Security;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// A TCP connection authenticates once, at <c>initialize</c>; every later call still sees a revoked key, a suspended
/// user and an expired access token within the documented delay, writes included.
/// </summary>
public sealed class LiveCredentialTcpTests
{
    private static readonly TimeSpan Within = LiveCredentials.Lifetime + TimeSpan.FromSeconds(3);

    private static async Task<(IdentityHarness H, int Port, string Root, string UserId, string UserToken)> StartAsync(string provider)
    {
        var (h, port, _, token) = await TcpMcpServer.StartAsync(provider);
        var root = await h.SuperAdminTokenAsync();
        var userId = await h.DbAsync(db => db.Users.Where(u => u.Email == "ann@example.com").Select(u => u.Id.ToString()).SingleAsync());
        return (h, port, root, userId, token);
    }

    private static async Task<TcpJsonRpcClient> InitializedAsync(int port, string credential)
    {
        var client = await TcpMcpServer.InitializedAsync(port, credential);
        var connected = await client.RequestAsync(2, "tools/call", Call("connect_provider", new JsonObject { ["provider"] = "synthetic" }));
        Assert.True(connected["result"] is not null, connected.ToJsonString());
        return client;
    }

    private static JsonObject Call(string tool, JsonObject? arguments = null) => TcpMcpServer.Call(tool, arguments);

    private static JsonObject Goal() => Call("set_goal", new JsonObject
    {
        ["goal_type"] = "distance", ["sport_type"] = "run", ["target_value"] = 100,
        ["target_date"] = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Calls until the server refuses (or <see cref="Within"/> passes); returns the refusal.</summary>
    private static async Task<JsonNode> RefusedWithinAsync(TcpJsonRpcClient client, Func<JsonObject> call)
    {
        var clock = Stopwatch.StartNew();
        for (var id = 100; ; id++)
        {
            var answer = await client.RequestAsync(id, "tools/call", call());
            if (answer["error"] is { } error)
            {
                Assert.Equal(-32001, error["code"]!.GetValue<int>());
                return error;
            }

            Assert.True(clock.Elapsed < Within, $"still served after {clock.Elapsed}: {answer.ToJsonString()}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task RevokingTheKey_RefusesTheOpenConnectionsNextCall(string provider)
    {
        var (h, port, _, _, token) = await StartAsync(provider);
        await using var _ = h;
        var key = await h.CreateKeyAsync(token);
        var keyId = (await h.Client.GetAsync("/api/keys", token)).Body!.AsArray().Single(k => key.StartsWith(k.Str("key_prefix"), StringComparison.Ordinal)).Str("id");
        using var client = await InitializedAsync(port, key);

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.SendAsync(HttpMethod.Delete, $"/api/keys/{keyId}", bearer: token)).Status);

        var error = await RefusedWithinAsync(client, () => Call("get_stats"));
        Assert.Contains("API key was revoked", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task SuspendingTheUser_RefusesReadsAndWritesOnOpenConnections(string provider)
    {
        var (h, port, root, userId, token) = await StartAsync(provider);
        await using var _ = h;
        using var byKey = await InitializedAsync(port, await h.CreateKeyAsync(token));
        using var byToken = await InitializedAsync(port, token);
        var written = await byKey.RequestAsync(3, "tools/call", Goal());
        Assert.True(written["result"]?["isError"]?.GetValue<bool>() != true && written["error"] is null, written.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, (await h.Client.PostAsync($"/admin/users/{userId}/suspend", null, root)).Status);

        var error = await RefusedWithinAsync(byKey, Goal);
        Assert.Contains("suspended", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        await RefusedWithinAsync(byToken, Goal);
        Assert.Equal(1, await h.DbAsync(db => db.Goals.CountAsync()));
    }

    [Fact]
    public async Task AnAccessTokenThatExpires_IsRefusedOnTheNextCall()
    {
        var (h, port, _, userId, _) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        var lifetime = TimeSpan.FromHours(h.App.Services.GetRequiredService<ServerConfig>().JwtExpiryHours);
        var user = await h.DbAsync(db => db.Users.SingleAsync(u => u.Id == Guid.Parse(userId)));
        // Issued "a lifetime ago" plus five seconds: it is valid at initialize and expires moments later.
        var issuer = new AuthManager(
            h.App.Services.GetRequiredService<JwtSigningSecret>(), h.App.Services.GetRequiredService<ServerConfig>(), new ShiftedClock(TimeSpan.FromSeconds(5) - lifetime));
        var shortLived = issuer.Issue(user, Guid.NewGuid());
        var expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(5);
        using var client = await InitializedAsync(port, shortLived);
        Assert.True(TimeProvider.System.GetUtcNow().UtcDateTime < expires, "the machine was too slow to use the token before it expired");

        await Task.Delay(expires - TimeProvider.System.GetUtcNow().UtcDateTime + TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        var error = await RefusedWithinAsync(client, () => Call("get_stats"));
        Assert.Contains("access token expired", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOut_RefusesAConnectionOpenedWithThatSessionsToken()
    {
        var (h, port, _, _, token) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        using var client = await InitializedAsync(port, token);

        Assert.Equal(HttpStatusCode.NoContent, (await h.Client.PostAsync("/api/auth/logout", null, token)).Status);

        var error = await RefusedWithinAsync(client, () => Call("get_stats"));
        Assert.Contains("session was ended", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private sealed class ShiftedClock(TimeSpan offset) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
    }
}
