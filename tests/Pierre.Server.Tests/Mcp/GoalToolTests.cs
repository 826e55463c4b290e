using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Data.Entities;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>The goal tools over MCP on the synthetic athlete: progress from real activities, feasibility, suggestions, isolation, storage.</summary>
public sealed class GoalToolTests
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(IdentityHarness Harness, McpClient Client)> StartAsync(string provider = TestDatabases.Sqlite)
    {
        var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        return (h, await McpTestClient.ForNewUserAsync(h));
    }

    private static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        await client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken);

    private static async Task<JsonElement> BodyAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await CallAsync(client, tool, arguments);
        Assert.True(result.IsError != true, $"{tool}: {Text(result)}");
        return result.StructuredContent!.Value;
    }

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    private static Dictionary<string, object?> Arguments(JsonElement json) => json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);

    private static Dictionary<string, object?> RunKm(double km, DateOnly start, DateOnly by) => new()
    {
        ["goal_type"] = "distance", ["sport_type"] = "run", ["target_value"] = km, ["start_date"] = Iso(start), ["target_date"] = Iso(by),
    };

    /// <summary>The synthetic athlete's runs from <paramref name="from"/> to today, oldest first, as get_activities lists them.</summary>
    private static async Task<List<(DateOnly Date, double Km)>> RunsSinceAsync(McpClient client, DateOnly from)
    {
        var body = await BodyAsync(client, "get_activities", new() { ["sport_type"] = "run", ["after"] = Iso(from), ["limit"] = 200 });
        return [.. body.GetProperty("activities").EnumerateArray()
            .Select(a => (DateOnly.FromDateTime(a.GetProperty("start_date").GetDateTimeOffset().UtcDateTime), a.GetProperty("distance_m").GetDouble() / 1000))
            .OrderBy(r => r.Item1)];
    }

    [Fact]
    public async Task TrackProgress_ADistanceGoal_MatchesGetActivitiesOverThePeriod()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var start = Today.AddDays(-30);
        var runs = await RunsSinceAsync(client, start);
        var sum = runs.Sum(r => r.Km);
        var target = Math.Round(sum * 2.5, 1);
        var lastFourWeeks = runs.Where(r => r.Date > Today.AddDays(-28)).Sum(r => r.Km) / 4;
        var goal = (await BodyAsync(client, "set_goal", RunKm(target, start, Today.AddDays(30)))).GetProperty("goal");

        var tracked = await BodyAsync(client, "track_progress", new() { ["goal_id"] = goal.GetProperty("goal_id").GetString() });

        var progress = Assert.Single(tracked.GetProperty("goals").EnumerateArray()).GetProperty("progress");
        Assert.Equal(sum, progress.GetProperty("current").GetDouble(), 0.006);
        Assert.Equal(100 * sum / target, progress.GetProperty("percent").GetDouble(), 0.06);
        Assert.Equal(target * 31 / 61, progress.GetProperty("expected").GetDouble(), 0.006);
        Assert.Equal(sum + (lastFourWeeks * 30 / 7), progress.GetProperty("projected").GetDouble(), 0.02);
        Assert.Equal("behind", progress.GetProperty("pace").GetString());
        var milestones = progress.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Equal([25, 50, 75, 100], milestones.Select(m => m.GetProperty("percent").GetInt32()));
        var quarterDay = runs.Select((r, i) => (r.Date, Total: runs.Take(i + 1).Sum(x => x.Km))).First(r => r.Total >= target / 4).Date;
        Assert.Equal(Iso(quarterDay), milestones[0].GetProperty("reached_on").GetString());
        Assert.All(milestones.Skip(1), m => Assert.False(m.GetProperty("reached").GetBoolean()));
    }

    [Fact]
    public async Task TrackProgress_AReachedGoal_IsMarkedAchievedAndLeavesTheActiveList()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var start = Today.AddDays(-30);
        var firstRun = (await RunsSinceAsync(client, start))[0].Date;
        await BodyAsync(client, "set_goal", RunKm(1, start, Today.AddDays(30)));
        await BodyAsync(client, "set_goal", RunKm(10_000, start, Today.AddDays(30)));

        var first = (await BodyAsync(client, "track_progress")).GetProperty("goals").EnumerateArray().ToList();
        var second = (await BodyAsync(client, "track_progress")).GetProperty("goals").EnumerateArray().ToList();

        var reached = first.Single(g => g.GetProperty("goal").GetProperty("target_value").GetDouble() == 1);
        Assert.Equal("achieved", reached.GetProperty("goal").GetProperty("status").GetString());
        Assert.Equal(Iso(firstRun), reached.GetProperty("goal").GetProperty("achieved_on").GetString());
        Assert.Equal("achieved", reached.GetProperty("progress").GetProperty("pace").GetString());
        Assert.Equal(10_000, Assert.Single(second).GetProperty("goal").GetProperty("target_value").GetDouble());
        Assert.Equal(1, await h.DbAsync(db => db.Goals.CountAsync(g => g.Status == "achieved")));
    }

    [Fact]
    public async Task Feasibility_IsUnrealisticForAnAbsurdTarget_AndFeasibleForAModestOne_AndStoresNothing()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var absurd = await BodyAsync(client, "analyze_goal_feasibility", RunKm(5000, Today, Today.AddDays(28)));
        var safer = await BodyAsync(client, "analyze_goal_feasibility", Arguments(absurd.GetProperty("alternative").GetProperty("set_goal_arguments")));
        var weekly = absurd.GetProperty("current_rate_per_week").GetDouble();
        var modest = await BodyAsync(client, "analyze_goal_feasibility", RunKm(Math.Floor(weekly * 2), Today, Today.AddDays(28)));
        var race = await BodyAsync(client, "analyze_goal_feasibility", new()
        {
            ["goal_type"] = "race", ["race_distance_m"] = 5000, ["target_time_s"] = 780, ["target_date"] = Iso(Today.AddDays(28)),
        });

        Assert.Equal(("unrealistic", "challenging", "feasible"), (absurd.GetProperty("verdict").GetString(), safer.GetProperty("verdict").GetString(), modest.GetProperty("verdict").GetString()));
        Assert.InRange(absurd.GetProperty("confidence").GetInt32(), 0, 29);
        Assert.InRange(modest.GetProperty("confidence").GetInt32(), 70, 100);
        Assert.True(absurd.GetProperty("required_rate_per_week").GetDouble() > 10 * weekly);
        Assert.Equal("unrealistic", race.GetProperty("verdict").GetString());
        Assert.True(race.GetProperty("target_vdot").GetDouble() > race.GetProperty("current_vdot").GetDouble() + 7);
        Assert.Equal(0, await h.DbAsync(db => db.Goals.CountAsync()));
    }

    [Fact]
    public async Task SuggestGoals_EachSuggestion_CanBeSetAsItIsAndIsNotUnrealistic()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var suggestions = (await BodyAsync(client, "suggest_goals")).GetProperty("suggestions").EnumerateArray().ToList();

        Assert.InRange(suggestions.Count, 3, 5);
        foreach (var suggestion in suggestions)
        {
            var arguments = Arguments(suggestion.GetProperty("set_goal_arguments"));
            Assert.NotEqual("unrealistic", (await BodyAsync(client, "analyze_goal_feasibility", arguments)).GetProperty("verdict").GetString());
            Assert.Equal("created", (await BodyAsync(client, "set_goal", arguments)).GetProperty("action").GetString());
        }

        Assert.Equal(suggestions.Count, (await BodyAsync(client, "track_progress")).GetProperty("goals").GetArrayLength());
    }

    [Fact]
    public async Task Goals_OfAnotherUserOrTenant_AnswerLikeMissingOnes()
    {
        var (h, ann) = await StartAsync();
        await using var _ = h;
        await using var __ = ann;
        var root = await h.SuperAdminTokenAsync();
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = "B", slug = "b-club", plan = "enterprise" }, root);
        await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), "bob@b.example", UserRole.User);
        await h.RegisterAsync("cid@example.com");
        await using var bob = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync((await h.LoginAsync("bob@b.example")).Str("access_token")));
        await using var cid = await McpTestClient.ConnectAsync(h.App, await h.CreateKeyAsync((await h.LoginAsync("cid@example.com")).Str("access_token")));
        var annsId = (await BodyAsync(ann, "set_goal", RunKm(100, Today, Today.AddDays(30)))).GetProperty("goal").GetProperty("goal_id").GetString()!;
        var unknownId = Guid.NewGuid().ToString();

        foreach (var other in new[] { bob, cid })
        {
            foreach (var tool in new[] { "track_progress", "analyze_goal_feasibility", "set_goal" })
            {
                Dictionary<string, object?> For(string id) => tool == "set_goal" ? new() { ["goal_id"] = id, ["status"] = "cancelled" } : new() { ["goal_id"] = id };
                var theirs = await CallAsync(other, tool, For(annsId));
                var missing = await CallAsync(other, tool, For(unknownId));
                Assert.True(theirs.IsError);
                Assert.Equal(Text(missing).Replace(unknownId, annsId, StringComparison.Ordinal), Text(theirs));
            }

            Assert.Equal(0, (await BodyAsync(other, "track_progress")).GetProperty("goals").GetArrayLength());
        }

        var annsGoal = (await BodyAsync(ann, "track_progress", new() { ["goal_id"] = annsId })).GetProperty("goals")[0].GetProperty("goal");
        Assert.Equal("active", annsGoal.GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Goals_PersistWithTheirDetails_AndCancelledOnesStopBeingTracked(string provider)
    {
        var (h, client) = await StartAsync(provider);
        await using var _ = h;
        await using var __ = client;
        var race = (await BodyAsync(client, "set_goal", new()
        {
            ["goal_type"] = "race", ["race_distance_m"] = 10_000, ["target_time_s"] = 2700, ["start_date"] = Iso(Today.AddDays(-7)), ["target_date"] = Iso(Today.AddDays(60)),
        })).GetProperty("goal");
        var weekly = (await BodyAsync(client, "set_goal", new() { ["goal_type"] = "frequency", ["target_value"] = 3, ["target_date"] = Iso(Today.AddDays(42)), ["title"] = "Three a week" }))
            .GetProperty("goal");

        var cancelled = await BodyAsync(client, "set_goal", new() { ["goal_id"] = weekly.GetProperty("goal_id").GetString(), ["status"] = "cancelled" });
        var tracked = await BodyAsync(client, "track_progress");

        var rows = await h.DbAsync(db => db.Goals.AsNoTracking().OrderBy(g => g.GoalType).ToListAsync());
        Assert.Equal(("frequency", "cancelled", "Three a week", "sessions/week", Today, Today.AddDays(42)), (rows[0].GoalType, rows[0].Status, rows[0].Title, rows[0].Unit, rows[0].StartDate, rows[0].TargetDate));
        Assert.Equal(("race", "run", 10_000.0, 2700.0, "s", Today.AddDays(-7)), (rows[1].GoalType, rows[1].SportType, rows[1].RaceDistanceMeters, rows[1].TargetValue, rows[1].Unit, rows[1].StartDate));
        Assert.Equal("10 km in 45:00 by " + Iso(Today.AddDays(60)), rows[1].Title);
        Assert.Equal("cancelled", cancelled.GetProperty("goal").GetProperty("status").GetString());
        var only = Assert.Single(tracked.GetProperty("goals").EnumerateArray());
        Assert.Equal(race.GetProperty("goal_id").GetString(), only.GetProperty("goal").GetProperty("goal_id").GetString());
        Assert.True(only.GetProperty("progress").GetProperty("vdot").GetProperty("current").GetDouble() > 20);
        Assert.True(only.GetProperty("progress").GetProperty("current").GetDouble() > 0, "a predicted 10 km time");
    }

    [Theory]
    [InlineData("""{"goal_type":"distance","sport_type":"run","target_value":100,"target_date":"{yesterday}"}""", "'target_date'")]
    [InlineData("""{"goal_type":"distance","sport_type":"run","target_value":100,"target_date":"{in3years}"}""", "'target_date'")]
    [InlineData("""{"goal_type":"distance","sport_type":"run","target_value":100,"target_date":"{next}","start_date":"{next}"}""", "'start_date'")]
    [InlineData("""{"goal_type":"vibes","target_value":100,"target_date":"{next}"}""", "'goal_type'")]
    [InlineData("""{"goal_type":"distance","target_value":100,"target_date":"{next}"}""", "'sport_type'")]
    [InlineData("""{"goal_type":"distance","sport_type":"run","target_value":0,"target_date":"{next}"}""", "'target_value'")]
    [InlineData("""{"goal_type":"frequency","target_value":2.5,"target_date":"{in8weeks}"}""", "'target_value'")]
    [InlineData("""{"goal_type":"frequency","target_value":3,"target_date":"{next}"}""", "'target_date'")]
    [InlineData("""{"goal_type":"race","sport_type":"ride","race_distance_m":10000,"target_time_s":2700,"target_date":"{next}"}""", "'sport_type'")]
    [InlineData("""{"goal_type":"race","race_distance_m":10000,"target_time_s":300,"target_date":"{next}"}""", "'target_time_s'")]
    [InlineData("""{"goal_type":"race","target_value":40,"race_distance_m":10000,"target_time_s":2700,"target_date":"{next}"}""", "'target_value'")]
    [InlineData("""{"goal_id":"not-a-goal","status":"cancelled"}""", "'goal_id'")]
    [InlineData("""{"goal_id":"0195a0b0-0000-7000-8000-000000000000","status":"paused"}""", "'status'")]
    [InlineData("""{"goal_type":"time","target_value":10,"target_date":"{next}","colour":"red"}""", "unknown argument")]
    public async Task SetGoal_BadArguments_AreErrorsNamingTheArgument_AndStoreNothing(string json, string expected)
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var arguments = Arguments(JsonDocument.Parse(json
            .Replace("{yesterday}", Iso(Today.AddDays(-1)), StringComparison.Ordinal)
            .Replace("{in3years}", Iso(Today.AddYears(3)), StringComparison.Ordinal)
            .Replace("{in8weeks}", Iso(Today.AddDays(56)), StringComparison.Ordinal)
            .Replace("{next}", Iso(Today.AddDays(3)), StringComparison.Ordinal)).RootElement);

        var result = await CallAsync(client, "set_goal", arguments);

        Assert.True(result.IsError);
        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
        Assert.Equal(0, await h.DbAsync(db => db.Goals.CountAsync()));
    }
}
