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
        var ftp = athlete.GetProperty("thresholds").GetProperty("cycling_ftp_watts").GetDouble();
        var lthr = athlete.GetProperty("max_heart_rate").GetInt32() - 15;

        var updated = await StructuredAsync(client, "update_user_configuration", new()
        {
            ["profile"] = "competitive",
            ["overrides"] = new Dictionary<string, object?> { ["cycling_ftp_watts"] = ftp * 0.8, ["cycling_lthr_bpm"] = lthr, ["height_cm"] = 172 },
        });

        Assert.Equal("competitive", updated.GetProperty("profile").GetProperty("name").GetString());
        Assert.Equal(Math.Round(ftp * 0.8, 1), updated.GetProperty("effective").GetProperty("thresholds").GetProperty("cycling_ftp_watts").GetDouble(), 6);
        Assert.Equal("settings", updated.GetProperty("effective").GetProperty("threshold_sources").GetProperty("cycling_ftp_watts").GetString());
        var stored = await StructuredAsync(client, "get_user_configuration");
        Assert.Equal(lthr, stored.GetProperty("overrides").GetProperty("cycling_lthr_bpm").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, stored.GetProperty("updated_at").ValueKind);
        var after = await StructuredAsync(client, "get_athlete");
        Assert.Equal(lthr, after.GetProperty("thresholds").GetProperty("cycling_lthr_bpm").GetDouble());
        Assert.Equal("settings", after.GetProperty("threshold_sources").GetProperty("cycling_lthr_bpm").GetString());
        Assert.Equal(["cycling_ftp_watts", "cycling_lthr_bpm", "height_cm"], after.GetProperty("overridden").EnumerateArray().Select(e => e.GetString()).Order());

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
            new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_lthr_bpm"] = max + 5 } },
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
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_ftp_watts"] = 250, ["age_years"] = 44 } });

        var invalid = await StructuredAsync(client, "validate_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["max_heart_rate"] = 120, ["resting_heart_rate"] = 110 } });
        var unusual = await StructuredAsync(client, "validate_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_ftp_watts"] = 560, ["weight_kg"] = 60 } });
        var cleared = await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_ftp_watts"] = null } });

        Assert.False(invalid.GetProperty("valid").GetBoolean());
        Assert.NotEmpty(invalid.GetProperty("errors").EnumerateArray());
        Assert.True(unusual.GetProperty("valid").GetBoolean());
        Assert.Contains("W/kg", unusual.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(["age_years"], cleared.GetProperty("overrides").EnumerateObject().Select(p => p.Name));
        Assert.Null(await h.DbAsync(db => db.UserConfigurations.Where(c => c.OverridesJson.Contains("560")).FirstOrDefaultAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task StoredWithTheOldKeys_ReadsBackWithTheSportKeys_AndTheOldKeysAreGone(string provider)
    {
        var (h, client) = await StartAsync(provider);
        await using var _ = h;
        await using var __ = client;
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["weight_kg"] = 70 } });
        // A row as earlier versions wrote it: FTP and LTHR without a sport, and the old threshold pace key.
        const string legacy = """{"weight_kg":70,"ftp_watts":231,"lactate_threshold_heart_rate":158,"threshold_pace_s_per_km":250}""";
        await h.DbAsync(db => db.UserConfigurations.ExecuteUpdateAsync(c => c.SetProperty(u => u.OverridesJson, legacy), TestContext.Current.CancellationToken));

        var stored = await StructuredAsync(client, "get_user_configuration");
        var athlete = await StructuredAsync(client, "get_athlete");

        var overrides = stored.GetProperty("overrides");
        Assert.Equal(
            ["cycling_ftp_watts", "cycling_lthr_bpm", "running_threshold_pace_s_per_km", "weight_kg"],
            overrides.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal((231.0, 158, 250.0), (overrides.GetProperty("cycling_ftp_watts").GetDouble(), overrides.GetProperty("cycling_lthr_bpm").GetInt32(),
            overrides.GetProperty("running_threshold_pace_s_per_km").GetDouble()));
        Assert.Equal(["cycling_ftp_watts", "cycling_lthr_bpm", "running_threshold_pace_s_per_km", "weight_kg"], athlete.GetProperty("overridden").EnumerateArray().Select(e => e.GetString()).Order());
        Assert.Equal((231.0, "settings"), (athlete.GetProperty("thresholds").GetProperty("cycling_ftp_watts").GetDouble(),
            athlete.GetProperty("threshold_sources").GetProperty("cycling_ftp_watts").GetString()));
        // The running LTHR is not taken from the old sport-less LTHR: that was a cycling figure.
        Assert.NotEqual("settings", athlete.GetProperty("threshold_sources").GetProperty("running_lthr_bpm").GetString());

        // The next save writes the new keys only.
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["height_cm"] = 170 } });
        var row = await h.DbAsync(db => db.UserConfigurations.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));
        Assert.Contains("\"cycling_ftp_watts\":231", row.OverridesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("\"ftp_watts\"", row.OverridesJson, StringComparison.Ordinal);
        Assert.DoesNotContain("lactate_threshold_heart_rate", row.OverridesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_BadThresholdValuesOrOldKeys_AreRefused_AndNothingChanges()
    {
        var (h, client) = await StartAsync(TestDatabases.Sqlite);
        await using var _ = h;
        await using var __ = client;
        await StructuredAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["cycling_ftp_watts"] = 250, ["running_lthr_bpm"] = 170 } });
        var before = (await StructuredAsync(client, "get_user_configuration")).GetProperty("overrides").GetRawText();
        var max = (await StructuredAsync(client, "get_athlete")).GetProperty("max_heart_rate").GetInt32();

        var cases = new (Dictionary<string, object?> Overrides, string Reason)[]
        {
            (new() { ["cycling_lthr_bpm"] = "165" }, "cycling_lthr_bpm must be a whole number"),
            (new() { ["cycling_lthr_bpm"] = 165.5 }, "cycling_lthr_bpm must be a whole number"),
            (new() { ["running_lthr_bpm"] = 1e9 }, "running_lthr_bpm 1000000000 is outside 80–220"),
            (new() { ["running_lthr_bpm"] = 1e12 }, "running_lthr_bpm must be a whole number"),
            (new() { ["running_lthr_bpm"] = max }, "running lactate threshold heart rate"),
            (new() { ["swimming_css_s_per_100m"] = -5 }, "swimming_css_s_per_100m -5 is outside 50–300"),
            (new() { ["running_threshold_pace_s_per_km"] = 10 }, "running_threshold_pace_s_per_km 10 is outside 150–900"),
            (new() { ["cycling_ftp_watts"] = 5000, ["weight_kg"] = 60 }, "cycling_ftp_watts 5000 is outside 30–600"),
            (new() { ["ftp_watts"] = 200 }, "unknown setting 'ftp_watts' (it is now cycling_ftp_watts)"),
            (new() { ["lactate_threshold_heart_rate"] = 160 }, "(it is now cycling_lthr_bpm)"),
        };

        foreach (var (overrides, reason) in cases)
        {
            var refused = await CallAsync(client, "update_user_configuration", new() { ["overrides"] = overrides });
            Assert.True(refused.IsError, reason);
            Assert.Contains(reason, ((TextContentBlock)refused.Content[0]).Text, StringComparison.Ordinal);
        }

        Assert.Equal(before, (await StructuredAsync(client, "get_user_configuration")).GetProperty("overrides").GetRawText());
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
        Assert.Equal(
            ["cycling_ftp_watts", "cycling_lthr_bpm", "running_lthr_bpm", "running_threshold_pace_s_per_km", "swimming_css_s_per_100m"],
            keys.Where(k => k!.StartsWith("cycling_", StringComparison.Ordinal) || k.StartsWith("running_", StringComparison.Ordinal) || k.StartsWith("swimming_", StringComparison.Ordinal)));
        Assert.DoesNotContain("ftp_watts", keys);
        Assert.DoesNotContain("lactate_threshold_heart_rate", keys);
        Assert.DoesNotContain("threshold_pace_s_per_km", keys);
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
