using System.Net;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;
using static Pierre.Server.Tests.Realtime.RealtimeSteps;

namespace Pierre.Server.Tests.Realtime;

/// <summary>A user's events reach that user's sockets, all of them, and nobody else's.</summary>
public sealed class UserEventTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(700);

    [Fact]
    public async Task ToolCall_SendsUsage_ToEveryOneOfTheCallersSockets_AndToNoOtherUser()
    {
        await using var h = await StartAsync();
        var root = await h.SuperAdminTokenAsync();
        var ann = await SignedInAsync(h, "ann@example.com");
        var annKey = await h.CreateKeyAsync(ann);
        var bob = await SignedInAsync(h, "bob@example.com");
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "Club B", slug = "club-b", plan = "professional" }, root);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "cat@club-b.example", UserRole.User);
        var cat = (await h.LoginAsync("cat@club-b.example")).Str("access_token");
        await using var annPhone = await SocketProbe.ReadyAsync(h, ann);
        await using var annLaptop = await SocketProbe.ReadyAsync(h, annKey);
        await using var bobSocket = await SocketProbe.ReadyAsync(h, bob);
        await using var catSocket = await SocketProbe.ReadyAsync(h, cat);

        await using (var mcp = await McpTestClient.ConnectAsync(h.App, annKey))
        {
            await mcp.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);
            await mcp.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 2 }, cancellationToken: TestContext.Current.CancellationToken);
        }

        foreach (var socket in new[] { annPhone, annLaptop })
        {
            var usage = await socket.NextOfAsync("usage", "tool:get_activities");
            Assert.Equal(200, usage["status"]!.GetValue<int>());
            Assert.True(usage["duration_ms"]!.GetValue<int>() >= 0);
            Assert.Equal(TimeSpan.Zero, usage["at"]!.GetValue<DateTimeOffset>().Offset);
        }

        Assert.Empty(await bobSocket.DrainAsync(Quiet));
        Assert.Empty(await catSocket.DrainAsync(TimeSpan.Zero));
    }

    [Fact]
    public async Task ConnectingAndDisconnectingAProvider_AreSent()
    {
        await using var h = await StartAsync();
        var ann = await SignedInAsync(h, "ann@example.com");
        var bob = await SignedInAsync(h, "bob@example.com");
        await using var annSocket = await SocketProbe.ReadyAsync(h, ann);
        await using var bobSocket = await SocketProbe.ReadyAsync(h, bob);

        await using (var mcp = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync(ann)))
        {
            await mcp.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);
            var connected = await annSocket.NextOfAsync("provider_connected");
            Assert.Equal("synthetic", connected.Str("provider"));

            await mcp.CallToolAsync("disconnect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal("synthetic", (await annSocket.NextOfAsync("provider_disconnected")).Str("provider"));
        }

        Assert.DoesNotContain(await bobSocket.DrainAsync(Quiet), f => f.Str("type").StartsWith("provider_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadingActivitiesFromTheProvider_SendsSyncFinished_OnceNotFromTheCache()
    {
        await using var h = await StartAsync();
        var ann = await SignedInAsync(h, "ann@example.com");
        var bob = await SignedInAsync(h, "bob@example.com");
        await using var annSocket = await SocketProbe.ReadyAsync(h, ann);
        await using var bobSocket = await SocketProbe.ReadyAsync(h, bob);
        var ct = TestContext.Current.CancellationToken;

        await using (var mcp = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync(ann)))
        {
            await mcp.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: ct);
            await mcp.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 5 }, cancellationToken: ct);
            var synced = await annSocket.NextOfAsync("sync_finished");
            Assert.Equal("synthetic", synced.Str("provider"));
            Assert.True(synced["activities"]!.GetValue<int>() > 0);

            // The same list again comes from the cache: no second sync.
            await mcp.CallToolAsync("get_activities", new Dictionary<string, object?> { ["limit"] = 5 }, cancellationToken: ct);
            Assert.DoesNotContain(await annSocket.DrainAsync(Quiet), f => f.Str("type") == "sync_finished");
        }

        Assert.DoesNotContain(await bobSocket.DrainAsync(TimeSpan.Zero), f => f.Str("type") == "sync_finished");
    }

    [Fact]
    public async Task Ping_IsAnsweredWithPong()
    {
        await using var h = await StartAsync();
        await using var socket = await SocketProbe.ReadyAsync(h, await SignedInAsync(h, "ann@example.com"));

        await socket.SendAsync("""{"type":"ping"}""");

        Assert.Equal("pong", (await socket.NextAsync()).Str("type"));
    }

    [Fact]
    public async Task RestRequest_SendsUsageWithItsRoute()
    {
        await using var h = await StartAsync();
        var ann = await SignedInAsync(h, "ann@example.com");
        await using var socket = await SocketProbe.ReadyAsync(h, ann);

        Assert.Equal(HttpStatusCode.OK, (await h.Client.GetAsync("/api/keys", ann)).Status);

        Assert.Equal(200, (await socket.NextOfAsync("usage", "GET /api/keys"))["status"]!.GetValue<int>());
    }
}
