using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

public sealed class ConfigurationToolTests
{
    private static async Task<(IdentityHarness Harness, McpClient Client)> StartAsync(string provider, string email = "ann@example.com")
    {
        var h = await IdentityHarness.StartAsync(provider, new() { ["AUTO_APPROVE_USERS"] = "true" });
        var client = await McpTestClient.ForNewUserAsync(h, email);
        return (h, client);
    }

    private static Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken).AsTask();

    private static async Task<JsonElement> StructuredAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await CallAsync(client, tool, arguments);
        Assert.True(result.IsError != true, (result.Content[0] as TextContentBlock)?.Text);
        return result.StructuredContent!.Value;
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Update_IsStored_AndEveryAnalysisUsesIt(string provider)
    {
        var (h, client) = await StartAsync(provider);
        await using var _ = h;
        await using var __ = client;
        var athlete = await StructuredAsync(client, "get_athlete");
        var loadBefore = await StructuredAsync(client, "analyze_training_load");
        var ftp = athlete.GetProperty("ftp_watts").GetDouble();
        var lthr = athlete.GetProperty("max_heart_rate").GetInt32() - 15;

        var updated = await StructuredAsync(client, "update_user_configuration", new()
        {
            ["profile"] = "competitive",
            ["overrides"] = new Dictionary<string, object?> { ["ftp_watts"] = ftp * 0.8, ["lactate_threshold_heart_rate"] = lthr, ["height_cm"] = 172 },
        });

        Assert.Equal("competitive", updated.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(ftp * 0.8, updated.GetProperty("effective").GetProperty("ftp_watts").GetDouble(), 6);
        var stored = await StructuredAsync(client, "get_user_configuration");
        Assert.Equal(lthr, stored.GetProperty("overrides").GetProperty("lactate_threshold_heart_rate").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, stored.GetProperty("updated_at").ValueKind);
        var after = await StructuredAsync(client, "get_athlete");
        Assert.Equal(lthr, after.GetProperty("lactate_threshold_heart_rate").GetDouble());
        Assert.Equal(["ftp_watts", "height_cm", "lactate_threshold_heart_rate"], after.GetProperty("overridden").EnumerateArray().Select(e => e.GetString()).Order());

        // A lower FTP makes every ride more stressful relative to threshold, so chronic load rises.
        var loadAfter = await StructuredAsync(client, "analyze_training_load");
        Assert.True(loadAfter.GetProperty("ctl").GetDouble() > loadBefore.GetProperty("ctl").GetDouble());
        var fitness = await StructuredAsync(client, "calculate_fitness_score");
        Assert.Equal(loadAfter.GetProperty("ctl").GetDouble(), fitness.GetProperty("ctl").GetDouble());
        var zones = await StructuredAsync(client, "calculate_personalized_zones");
        Assert.Equal(Math.Round(ftp * 0.8), zones.GetProperty("ftp_watts").GetDouble(), 0);

        // Nutrition needs no body measurements when the configuration and athlete know them.
        var nutrition = await StructuredAsync(client, "calculate_daily_nutrition");
        Assert.InRange(nutrition.GetProperty("energy_kcal").GetDouble(), 1500, 4500);
    }

    [Fact]
    public async Task Update_WithAnInvalidValue_IsRefusedWithTheReason_AndNothingChanges()
    {
        var (h, client) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var __ = client;
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["weight_kg"] = 70 } });
        var max = (await StructuredAsync(client, "get_athlete")).GetProperty("max_heart_rate").GetInt32();

        var cases = new Dictionary<string, object?>[]
        {
            new() { ["overrides"] = new Dictionary<string, object?> { ["resting_heart_rate"] = 100, ["max_heart_rate"] = 110, ["weight_kg"] = 80 } },
            new() { ["overrides"] = new Dictionary<string, object?> { ["lactate_threshold_heart_rate"] = max + 5 } },
            new() { ["overrides"] = new Dictionary<string, object?> { ["weight_kg"] = 700 } },
            new() { ["overrides"] = new Dictionary<string, object?> { ["shoe_size"] = 43 } },
            new() { ["overrides"] = new Dictionary<string, object?> { ["sex"] = "robot" } },
            new() { ["profile"] = "olympian" },
        };
        string[] reasons = ["at least 20 bpm below maximum", "lactate threshold heart rate", "weight_kg 700 is outside 25–300", "unknown setting 'shoe_size'", "sex must be one of", "unknown profile 'olympian'"];

        for (var i = 0; i < cases.Length; i++)
        {
            var refused = await CallAsync(client, "update_user_configuration", cases[i]);
            Assert.True(refused.IsError);
            Assert.Contains(reasons[i], ((TextContentBlock)refused.Content[0]).Text, StringComparison.Ordinal);
        }

        var stored = await StructuredAsync(client, "get_user_configuration");
        Assert.Equal(70, stored.GetProperty("overrides").GetProperty("weight_kg").GetDouble());
        Assert.Single(stored.GetProperty("overrides").EnumerateObject());
        Assert.Equal("recreational", stored.GetProperty("profile").GetProperty("name").GetString());
        Assert.True((await CallAsync(client, "update_user_configuration")).IsError);
    }

    [Fact]
    public async Task Validate_ReportsErrorsAndWarnings_WithoutSaving_AndNullClearsAnOverride()
    {
        var (h, client) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var __ = client;
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["ftp_watts"] = 250, ["age_years"] = 44 } });

        var invalid = await StructuredAsync(client, "validate_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["max_heart_rate"] = 120, ["resting_heart_rate"] = 110 } });
        var unusual = await StructuredAsync(client, "validate_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["ftp_watts"] = 560, ["weight_kg"] = 60 } });
        var cleared = await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["ftp_watts"] = null } });

        Assert.False(invalid.GetProperty("valid").GetBoolean());
        Assert.NotEmpty(invalid.GetProperty("errors").EnumerateArray());
        Assert.True(unusual.GetProperty("valid").GetBoolean());
        Assert.Contains("W/kg", unusual.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["age_years"], cleared.GetProperty("overrides").EnumerateObject().Select(p => p.Name));
        Assert.Null(await h.DbAsync(db => db.UserConfigurations.Where(c => c.OverridesJson.Contains("560")).FirstOrDefaultAsync()));
    }

    [Fact]
    public async Task CatalogAndProfiles_DescribeEverySettingAndProfile()
    {
        var (h, client) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var __ = client;

        var catalog = await StructuredAsync(client, "get_configuration_catalog");
        var profiles = await StructuredAsync(client, "get_configuration_profiles");

        var keys = catalog.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("key").GetString()).ToList();
        Assert.Contains("lactate_threshold_heart_rate", keys);
        Assert.Contains("threshold_pace_s_per_km", keys);
        Assert.Equal("recreational", profiles.GetProperty("default").GetString());
        Assert.Equal(4, profiles.GetProperty("profiles").GetArrayLength());
        Assert.Equal(
            catalog.GetProperty("profiles").EnumerateArray().Select(p => p.GetString()),
            profiles.GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Configuration_BelongsToItsUser()
    {
        var (h, ann) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var __ = ann;
        await using var bob = await McpTestClient.ForNewUserAsync(h, "bob@example.com");

        await StructuredAsync(ann, "update_user_configuration", new() { ["profile"] = "elite", ["overrides"] = new Dictionary<string, object?> { ["weight_kg"] = 51 } });
        var bobs = await StructuredAsync(bob, "get_user_configuration");

        Assert.Equal("recreational", bobs.GetProperty("profile").GetProperty("name").GetString());
        Assert.Empty(bobs.GetProperty("overrides").EnumerateObject());
        Assert.NotEqual(51, (await StructuredAsync(bob, "get_athlete")).GetProperty("weight_kg").GetDouble());
    }

    [Fact]
    public async Task PredictPerformance_UsesTheProfilesRiegelExponent()
    {
        var (h, client) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var __ = client;
        var race = new Dictionary<string, object?> { ["reference_distance_m"] = 10_000, ["reference_time_s"] = 2_700, ["target_distance_m"] = 42_195 };

        var recreational = await StructuredAsync(client, "predict_performance", race);
        await StructuredAsync(client, "update_user_configuration", new() { ["profile"] = "beginner" });
        var beginner = await StructuredAsync(client, "predict_performance", race);

        // Riegel: 2700 × 4.2195^1.06 = 12,282 s; with the beginner's 1.08, 12,637 s.
        Assert.Equal(Math.Round(2700 * Math.Pow(4.2195, 1.06)), recreational.GetProperty("riegel_time_s").GetDouble());
        Assert.Equal(Math.Round(2700 * Math.Pow(4.2195, 1.08)), beginner.GetProperty("riegel_time_s").GetDouble());
    }
}
