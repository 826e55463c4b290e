using System.Globalization;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Goals;

public sealed class GoalTitleTests
{
    [Theory]
    [InlineData("Sub-3 \u202Ekooltuo")]
    [InlineData("Marathon\u0000")]
    [InlineData("\u2067Marathon")]
    public async Task SetGoal_WithATitleHidingCharacters_IsAToolErrorAndSavesNothing(string title)
    {
        await using var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        await using var client = await McpTestClient.ForNewUserAsync(h);
        var by = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var result = await client.CallToolAsync(
            "set_goal",
            new Dictionary<string, object?> { ["goal_type"] = "distance", ["sport_type"] = "run", ["target_value"] = 100, ["target_date"] = by, ["title"] = title },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError);
        Assert.Contains("argument 'title'", Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text, StringComparison.Ordinal);
        var progress = await client.CallToolAsync("track_progress", new Dictionary<string, object?>(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Marathon", Assert.IsType<TextContentBlock>(Assert.Single(progress.Content)).Text, StringComparison.Ordinal);
    }
}
