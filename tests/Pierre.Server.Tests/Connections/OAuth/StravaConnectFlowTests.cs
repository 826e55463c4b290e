using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ModelContextProtocol.Client;
using Pierre.Server.Tests.Infrastructure;
using Pierre.Server.Tests.Infrastructure.FakeStrava;

namespace Pierre.Server.Tests.Connections.OAuth;

/// <summary>Connecting Strava through Pierre's routes against the fake: consent, every way it goes wrong, and the data read after.</summary>
public sealed class StravaConnectFlowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Connect_ThroughTheRoutes_StoresTheGrant_AndGetActivitiesReadsTheFakeMapped()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");

        var authorize = await h.AuthorizeUrlAsync("strava", ann.AccessToken);
        var asked = OAuthServerHarness.Query(authorize);
        Assert.Equal(h.Strava.ClientId, asked["client_id"]);
        Assert.Equal($"{OAuthServerHarness.BaseUrl}/api/oauth/strava/callback", asked["redirect_uri"]);
        Assert.Equal("code", asked["response_type"]);
        Assert.Contains("activity:read_all", asked["scope"]!, StringComparison.Ordinal);
        var (status, page) = await h.CallbackAsync(await h.ConsentAsync(authorize));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("strava is connected", page, StringComparison.Ordinal);
        var connection = Assert.Single(await h.Server.DbAsync(db => db.ProviderConnections.Where(c => c.Provider == "strava").ToListAsync(ct)));
        Assert.Equal("4242", connection.ProviderUserId);
        Assert.Contains("activity:read_all", connection.Scopes!, StringComparison.Ordinal);

        var listed = await CallAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava", ["limit"] = 10 });
        var activities = listed.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(3, listed.GetProperty("total").GetInt32());
        var ride = activities.Single(a => a.GetProperty("id").GetString() == "902");
        Assert.Equal("ride", ride.GetProperty("sport_type").GetString());
        Assert.Equal(40_250, ride.GetProperty("distance_m").GetDouble());
        Assert.Equal(4_500, ride.GetProperty("duration_s").GetDouble());
        Assert.Equal(212.4, ride.GetProperty("average_watts").GetDouble());
        Assert.Equal(142, ride.GetProperty("average_heartrate").GetDouble());
        var trail = activities.Single(a => a.GetProperty("id").GetString() == "901");
        Assert.Equal("run", trail.GetProperty("sport_type").GetString());
        Assert.Equal(640, trail.GetProperty("elevation_gain_m").GetDouble());
        Assert.Equal("other", activities.Single(a => a.GetProperty("id").GetString() == "903").GetProperty("sport_type").GetString());
    }

    [Fact]
    public async Task GetActivities_RepeatedAndConcurrent_ReachStravaOnce()
    {
        await using var h = await OAuthServerHarness.StartAsync();
        Seed(h.Strava);
        await using var ann = await h.UserAsync("ann@example.com");
        Assert.Equal(HttpStatusCode.OK, (await h.ConnectAsync("strava", ann)).Status);

        var twenty = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CallAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" })));
        var afterConcurrent = h.Strava.Requests(FakeStravaRoutes.Activities);
        await CallAsync(ann.Mcp, "get_activities", new() { ["provider"] = "strava" });

        Assert.All(twenty, r => Assert.Equal(3, r.GetProperty("total").GetInt32()));
        Assert.Equal(1, afterConcurrent);
        Assert.Equal(1, h.Strava.Requests(FakeStravaRoutes.Activities));
    }

    [Fact]
    public async Task Callback_DeniedConsent_ConnectsNothing_AndSaysWhatToDo()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        h.Strava.DenyAuthorization = true;

        var (status, page) = await h.ConnectAsync("strava", ann);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("declined access at strava", page, StringComparison.Ordinal);
        Assert.Equal(0, h.Strava.CodeExchanges);
        Assert.Equal(0, await h.Server.DbAsync(db => db.ProviderConnections.CountAsync(c => c.Provider == "strava", ct)));
    }

    [Fact]
    public async Task Callback_RequiredScopeNotGranted_ConnectsNothing_AndNamesTheScope()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        h.Strava.GrantOnly = new HashSet<string> { "read" };

        var (status, page) = await h.ConnectAsync("strava", ann);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("without activity:read_all", page, StringComparison.Ordinal);
        Assert.Equal(0, await h.Server.DbAsync(db => db.ProviderTokens.CountAsync(ct)));
        Assert.Equal(0, await h.Server.DbAsync(db => db.ProviderConnections.CountAsync(c => c.Provider == "strava", ct)));
    }

    [Fact]
    public async Task Callback_ReplayedState_IsRefused_AndTheFirstConnectionStands()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        var callback = await h.ConsentAsync(await h.AuthorizeUrlAsync("strava", ann.AccessToken));
        Assert.Equal(HttpStatusCode.OK, (await h.CallbackAsync(callback)).Status);
        var stored = await h.Server.DbAsync(db => db.ProviderTokens.SingleAsync(ct));

        var (status, page) = await h.CallbackAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid", page, StringComparison.Ordinal);
        Assert.Equal(1, h.Strava.CodeExchanges);
        Assert.Equal(stored.AccessTokenEncrypted, (await h.Server.DbAsync(db => db.ProviderTokens.SingleAsync(ct))).AccessTokenEncrypted);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("")]
    [InlineData("other-provider")]
    public async Task Callback_ForgedMissingOrForeignState_IsRefused_AndChangesNothing(string kind)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        var genuine = await h.ConsentAsync(await h.AuthorizeUrlAsync("strava", ann.AccessToken));
        var query = OAuthServerHarness.Query(genuine);
        var path = kind switch
        {
            "forged" => $"/api/oauth/strava/callback?state=forged-state-{Guid.NewGuid():N}&code={query["code"]}&scope={query["scope"]}",
            "" => $"/api/oauth/strava/callback?code={query["code"]}&scope={query["scope"]}",
            _ => $"/api/oauth/fitbit/callback{genuine.Query}",
        };

        var (status, page) = await h.CallbackAsync(new Uri(new Uri(OAuthServerHarness.BaseUrl), path));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid", page, StringComparison.Ordinal);
        Assert.Equal(0, h.Strava.CodeExchanges);
        Assert.Equal(0, await h.Server.DbAsync(db => db.ProviderConnections.CountAsync(c => c.Provider != "synthetic", ct)));
    }

    [Fact]
    public async Task Callback_ExpiredState_IsRefused_AndSaysToStartAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var h = await OAuthServerHarness.StartAsync();
        await using var ann = await h.UserAsync("ann@example.com");
        var callback = await h.ConsentAsync(await h.AuthorizeUrlAsync("strava", ann.AccessToken));
        await h.Server.DbAsync(db => db.OAuthStates.ExecuteUpdateAsync(s => s.SetProperty(x => x.ExpiresAt, x => x.CreatedAt.AddMinutes(-1)), ct));

        var (status, page) = await h.CallbackAsync(callback);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("expired", page, StringComparison.Ordinal);
        Assert.Equal(0, h.Strava.CodeExchanges);
    }

    internal static void Seed(FakeStravaServer strava)
    {
        strava.Activities.Add(new FakeStravaActivity
        {
            Id = 901, Name = "Ridge loop", Type = "Run", SportType = "TrailRun", StartDate = Monday.AddDays(-2), Distance = 10_012.4,
            MovingTime = 3_000, ElapsedTime = 3_290, TotalElevationGain = 640, AverageHeartrate = 151.3, MaxHeartrate = 178,
        });
        strava.Activities.Add(new FakeStravaActivity
        {
            Id = 902, Name = "Zwift - Watopia", Type = "VirtualRide", SportType = "VirtualRide", StartDate = Monday.AddDays(-1), Distance = 40_250,
            MovingTime = 4_500, ElapsedTime = 4_510, AverageHeartrate = 142, AverageWatts = 212.4, WeightedAverageWatts = 228, DeviceWatts = true,
        });
        strava.Activities.Add(new FakeStravaActivity
        {
            Id = 903, Name = "Gym", Type = "WeightTraining", SportType = "WeightTraining", StartDate = Monday, MovingTime = 2_700, ElapsedTime = 3_600,
        });
    }

    internal static async Task<JsonElement> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.IsError != true, $"{tool}: {JsonSerializer.Serialize(result.Content)}");
        return result.StructuredContent!.Value;
    }
}
