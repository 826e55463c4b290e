using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>
/// hrv_series through MCP: the Plews 7-day ln rMSSD mean against baseline ± SWC moves readiness and the rest-day verdict;
/// series that cannot be judged are refused with a message that says why.
/// </summary>
public sealed class HrvReadinessToolTests
{
    // ln rMSSD 4.2 (66.7 ms) for a week, then 4.0 (54.6 ms): the 7-day mean sits below baseline 4.1 − SWC 0.052 (HrvTrendTests).
    private static readonly double[] Falling = [.. Enumerable.Repeat(Math.Exp(4.2), 7), .. Enumerable.Repeat(Math.Exp(4.0), 7)];
    private static readonly double[] Rising = [.. Enumerable.Repeat(Math.Exp(4.0), 7), .. Enumerable.Repeat(Math.Exp(4.2), 7)];

    private static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);

    [Fact]
    public async Task HrvSeries_FallingWeek_LowersReadinessAndRecommendsRest()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h);

        var falling = (await CallAsync(client, "calculate_recovery_score", new() { ["sleep_hours"] = 8, ["hrv_series"] = Falling })).StructuredContent!.Value;
        var rising = (await CallAsync(client, "calculate_recovery_score", new() { ["sleep_hours"] = 8, ["hrv_series"] = Rising })).StructuredContent!.Value;
        var restFalling = (await CallAsync(client, "suggest_rest_day", new() { ["sleep_hours"] = 8, ["hrv_series"] = Falling })).StructuredContent!.Value;
        var restRising = (await CallAsync(client, "suggest_rest_day", new() { ["sleep_hours"] = 8, ["hrv_series"] = Rising })).StructuredContent!.Value;

        Assert.Equal("below_normal", falling.GetProperty("hrv_trend").GetProperty("status").GetString());
        Assert.Equal("above_normal", rising.GetProperty("hrv_trend").GetProperty("status").GetString());
        Assert.Equal(4.1, falling.GetProperty("hrv_trend").GetProperty("baseline_mean_ln_rmssd").GetDouble(), 1e-3);
        // HRV part 53.6 against 100, weighted 1 in 4 with the same form and sleep: 46.4 / 4 = 11.6 points lower.
        Assert.Equal(11.6, rising.GetProperty("score").GetDouble() - falling.GetProperty("score").GetDouble(), 0.11);
        Assert.True(falling.GetProperty("rest_suggested").GetBoolean());
        Assert.StartsWith("ln rMSSD 7-day rolling mean", falling.GetProperty("hrv_method").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("heuristic:", falling.GetProperty("method").GetString(), StringComparison.Ordinal);

        Assert.True(restFalling.GetProperty("rest_recommended").GetBoolean());
        Assert.Contains(restFalling.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("HRV: ln rMSSD 7-day mean 4.00", StringComparison.Ordinal));
        Assert.DoesNotContain(restRising.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("HRV", StringComparison.Ordinal));
        Assert.StartsWith("heuristic:", restRising.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HrvSeries_OfOneWeek_JudgesTodayAgainstTheRollingMean()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h);
        // Six mornings at ln 4.1, today at 3.9: below the week's mean 4.071 − SWC 0.038 (HrvTrendTests).
        double[] lowToday = [.. Enumerable.Repeat(Math.Exp(4.1), 6), Math.Exp(3.9)];

        var score = (await CallAsync(client, "calculate_recovery_score", new() { ["sleep_hours"] = 8, ["hrv_series"] = lowToday })).StructuredContent!.Value;
        var rest = (await CallAsync(client, "suggest_rest_day", new() { ["sleep_hours"] = 8, ["hrv_series"] = lowToday })).StructuredContent!.Value;

        var trend = score.GetProperty("hrv_trend");
        Assert.Equal("below_normal", trend.GetProperty("status").GetString());
        Assert.False(trend.TryGetProperty("baseline_mean_ln_rmssd", out _));
        Assert.Equal(3.9, trend.GetProperty("today_ln_rmssd").GetDouble(), 1e-3);
        Assert.Equal(0, score.GetProperty("hrv_part").GetDouble());
        Assert.StartsWith("today's ln rMSSD against the 7-day rolling mean", score.GetProperty("hrv_method").GetString(), StringComparison.Ordinal);
        Assert.Contains(rest.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("HRV: today's ln rMSSD 3.90", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SingleHrvReading_KeepsTheRatioAndSaysSo()
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h);

        var single = (await CallAsync(client, "calculate_recovery_score", new() { ["hrv_ms"] = 66, ["baseline_hrv_ms"] = 60 })).StructuredContent!.Value;

        // 66 / 60 = 1.1 × baseline: the single-reading scale's top, 100.
        Assert.Equal(100, single.GetProperty("hrv_part").GetDouble());
        Assert.StartsWith("heuristic: one morning's rMSSD", single.GetProperty("hrv_method").GetString(), StringComparison.Ordinal);
        Assert.False(single.TryGetProperty("hrv_trend", out _));
    }

    [Theory]
    [InlineData("short", "at least 7 mornings (6 given)")]
    [InlineData("zero", "item 3 is 0")]
    [InlineData("negative", "item 13 is -5")]
    [InlineData("both", "not both")]
    [InlineData("text", "must hold numbers")]
    public async Task BadHrvSeries_IsRefused_AndChangesNothing(string kind, string expected)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h);
        var before = (await CallAsync(client, "calculate_recovery_score")).StructuredContent!.Value;
        Dictionary<string, object?> arguments = kind switch
        {
            "short" => new() { ["hrv_series"] = new double[] { 60, 61, 62, 63, 64, 65 } },
            "zero" => new() { ["hrv_series"] = Falling.Select((v, i) => i == 3 ? 0 : v).ToArray() },
            "negative" => new() { ["hrv_series"] = Falling.Select((v, i) => i == 13 ? -5 : v).ToArray() },
            "both" => new() { ["hrv_series"] = Falling, ["hrv_ms"] = 60, ["baseline_hrv_ms"] = 60 },
            _ => new() { ["hrv_series"] = new object[] { 60, "high", 62 } },
        };

        foreach (var tool in new[] { "calculate_recovery_score", "suggest_rest_day" })
        {
            var refused = await CallAsync(client, tool, arguments);

            Assert.True(refused.IsError);
            Assert.Contains(expected, Assert.IsType<TextContentBlock>(Assert.Single(refused.Content)).Text, StringComparison.Ordinal);
        }

        var after = (await CallAsync(client, "calculate_recovery_score")).StructuredContent!.Value;
        Assert.Equal(before.GetProperty("score").GetDouble(), after.GetProperty("score").GetDouble());
        Assert.False(after.TryGetProperty("hrv_method", out _));
    }
}
