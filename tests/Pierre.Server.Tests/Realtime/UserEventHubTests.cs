using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Pierre.Server.Data.Entities;
using Pierre.Server.Realtime;

namespace Pierre.Server.Tests.Realtime;

public sealed class UserEventHubTests
{
    private static readonly Guid TenantId = Guid.NewGuid();
    private static readonly Guid AnnId = Guid.NewGuid();
    private static readonly Guid BobId = Guid.NewGuid();

    [Fact]
    public void Publish_ToAUserWithoutSockets_BuildsNothing_AndAllocatesNothing()
    {
        var hub = new UserEventHub();
        hub.Add(new LiveSocket(new UserKey(TenantId, BobId), 4));
        var usage = new ApiKeyUsage { TenantId = TenantId, UserId = AnnId, Operation = "tool:get_activities", StatusCode = 200 };
        var built = false;
        hub.Publish(TenantId, AnnId, usage, u => { built = true; return UsageEvent.Of(u); });
        hub.Publish(TenantId, AnnId, usage, UsageEvent.Of);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            hub.Publish(TenantId, AnnId, usage, UsageEvent.Of);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.False(built);
    }

    [Fact]
    public void Publish_ReachesEverySocketOfThatUser_InThatTenantOnly()
    {
        var hub = new UserEventHub();
        var annPhone = Open(hub, TenantId, AnnId);
        var annLaptop = Open(hub, TenantId, AnnId);
        var bob = Open(hub, TenantId, BobId);
        var annElsewhere = Open(hub, Guid.NewGuid(), AnnId);

        hub.Publish(TenantId, AnnId, ("strava", DateTimeOffset.UnixEpoch), ProviderEvent.Connected);

        Assert.Equal("provider_connected", Frame(annPhone)["type"]!.GetValue<string>());
        Assert.Equal("strava", Frame(annLaptop)["provider"]!.GetValue<string>());
        Assert.False(bob.Outgoing.TryRead(out _));
        Assert.False(annElsewhere.Outgoing.TryRead(out _));
        Assert.Equal(2, hub.ConnectionsOf(TenantId, AnnId));
        Assert.Equal(4, hub.ConnectionCount);
    }

    [Fact]
    public void FullQueue_DropsTheOldestFrames()
    {
        var hub = new UserEventHub();
        var slow = new LiveSocket(new UserKey(TenantId, AnnId), 2);
        hub.Add(slow);

        foreach (var provider in new[] { "one", "two", "three" })
        {
            hub.Publish(TenantId, AnnId, (provider, DateTimeOffset.UnixEpoch), ProviderEvent.Connected);
        }

        Assert.Equal("two", Frame(slow)["provider"]!.GetValue<string>());
        Assert.Equal("three", Frame(slow)["provider"]!.GetValue<string>());
        Assert.False(slow.Outgoing.TryRead(out _));
    }

    [Fact]
    public void Suspension_QueuesTheEvent_ThenClosesTheUsersSockets_Only()
    {
        var hub = new UserEventHub();
        var ann = Open(hub, TenantId, AnnId);
        var bob = Open(hub, TenantId, BobId);

        hub.AccountStatusChanged(TenantId, AnnId, UserStatus.Suspended, DateTimeOffset.UnixEpoch);

        Assert.Equal("account_suspended", Frame(ann)["type"]!.GetValue<string>());
        Assert.True(ann.Outgoing.Completion.IsCompleted);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, ann.Closing?.Status);
        Assert.Null(bob.Closing);
    }

    [Fact]
    public void Remove_ForgetsTheSocket_AndTheUserWithTheirLast()
    {
        var hub = new UserEventHub();
        var first = Open(hub, TenantId, AnnId);
        var second = Open(hub, TenantId, AnnId);

        hub.Remove(first);
        Assert.Equal(1, hub.ConnectionsOf(TenantId, AnnId));
        hub.Remove(first);
        Assert.Equal(1, hub.ConnectionsOf(TenantId, AnnId));
        hub.Remove(second);

        Assert.Equal(0, hub.ConnectionsOf(TenantId, AnnId));
        Assert.Equal(0, hub.ConnectionCount);
    }

    private static LiveSocket Open(UserEventHub hub, Guid tenantId, Guid userId)
    {
        var socket = new LiveSocket(new UserKey(tenantId, userId), 8);
        hub.Add(socket);
        return socket;
    }

    private static JsonNode Frame(LiveSocket socket)
    {
        Assert.True(socket.Outgoing.TryRead(out var frame));
        return JsonNode.Parse(frame.Span)!;
    }
}
