using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp.RealProviders;

/// <summary>
/// What each tool asks the provider for, from a cold cache: the window its analysis needs (days back from today to the
/// first day read), one activity by id, and a whole-history read only where it claims something about all of it.
/// </summary>
public sealed class ReadWindowTests
{
    /// <summary>Tool, arguments, the days back its list read starts (null: no list read), whether it also reads the whole history, lookups by id.</summary>
    public static TheoryData<string, string, int?, bool, int> Reads => new()
    {
        { "analyze_training_load", "{}", 180, false, 0 },
        { "calculate_fitness_score", "{}", 180, false, 0 },
        { "calculate_recovery_score", """{"sleep_hours":7}""", 180, false, 0 },
        { "suggest_rest_day", "{}", 180, false, 0 },
        { "generate_recommendations", "{}", 180, false, 0 },
        { "detect_patterns", """{"weeks":12}""", 85, false, 0 },
        { "detect_patterns", """{"weeks":4}""", 29, false, 0 },
        { "analyze_performance_trends", """{"weeks":26,"sport_type":"ride","metric":"power"}""", 183, false, 0 },
        { "predict_performance", """{"target_distance_m":21097.5}""", 180, false, 0 },
        { "calculate_personalized_zones", "{}", 180, false, 0 },
        { "suggest_goals", "{}", 125, false, 0 },
        { "analyze_goal_feasibility", """{"goal_type":"time","target_value":40,"target_date":"+60"}""", 125, false, 0 },
        { "analyze_activity", """{"activity_id":"wr-4"}""", null, false, 1 },
        { "calculate_metrics", """{"activity_id":"wr-4"}""", null, false, 1 },
        { "get_activity_intelligence", """{"activity_id":"wr-4"}""", 180, true, 1 },
        { "compare_activities", """{"activity_id":"wr-4","compare_to":"average"}""", 180, true, 1 },
        { "get_activities", """{"after":"-30"}""", 30, false, 0 },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task Tool_FromAColdCache_ReadsOnlyTheWindowItNeeds(string tool, string argumentsJson, int? daysBack, bool wholeHistory, int lookups)
    {
        var (h, recorder, client, now) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var result = await client.CallToolAsync(tool, Arguments(argumentsJson, now), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError != true, $"{tool}: {((TextContentBlock)result.Content[0]).Text}");
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var windows = recorder.ListReads.Where(a => a is not null).Select(a => today.DayNumber - DateOnly.FromDateTime(a!.Value.UtcDateTime).DayNumber).ToList();
        Assert.Equal(daysBack is { } days ? [days] : [], windows);
        Assert.Equal(wholeHistory ? 1 : 0, recorder.ListReads.Count(a => a is null));
        Assert.Equal(lookups, recorder.ActivityReads);
    }

    [Fact]
    public async Task GetStats_ReadsTheYearToDateOrFourWeeks_AndTheOlderHistoryOnce_ThenNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (h, recorder, client, now) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var first = await client.CallToolAsync("get_stats", cancellationToken: ct);
        var second = await client.CallToolAsync("get_stats", cancellationToken: ct);

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var from = (yearStart < today.AddDays(-28) ? yearStart : today.AddDays(-28)).AddDays(-1);
        Assert.NotEqual(true, first.IsError);
        Assert.Equal(first.StructuredContent!.Value.GetRawText(), second.StructuredContent!.Value.GetRawText());
        Assert.Equal(recorder.Activities.Count, first.StructuredContent!.Value.GetProperty("all_time").EnumerateArray().Sum(t => t.GetProperty("count").GetInt32()));
        Assert.Equal([from.DayNumber - today.DayNumber], recorder.ListReads.Where(a => a is not null).Select(a => DateOnly.FromDateTime(a!.Value.UtcDateTime).DayNumber - today.DayNumber));
        Assert.Single(recorder.ListReads, a => a is null);
    }

    /// <summary>"+60" / "-30" as a date that many days from today, so the table stays independent of the day it runs.</summary>
    private static Dictionary<string, object?> Arguments(string json, DateTimeOffset now) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(
            p => p.Key,
            p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is ['+' or '-', ..] offset
                ? now.AddDays(int.Parse(offset, CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : (object?)p.Value);

    private static async Task<(IdentityHarness Harness, WindowRecorder Recorder, McpClient Client, DateTimeOffset Now)> StartAsync()
    {
        var now = TimeProvider.System.GetUtcNow();
        var recorder = new WindowRecorder(now);
        var h = await IdentityHarness.StartAsync(
            TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider>(recorder));
        var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        var connect = await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = WindowRecorder.ProviderName }, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(connect.IsError != true, ((TextContentBlock)connect.Content[0]).Text);
        return (h, recorder, client, now);
    }
}
