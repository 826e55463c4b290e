using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>calculate_personalized_zones: critical power beside FTP, the CP anchor, and swim pace zones (issue 14 additions).</summary>
public sealed class PersonalZonesToolTests
{
    private static async Task<(IdentityHarness Harness, McpClient Client)> StartAsync()
    {
        var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        return (h, await McpTestClient.ForNewUserAsync(h));
    }

    private static Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        client.CallToolAsync(tool, arguments ?? [], cancellationToken: TestContext.Current.CancellationToken).AsTask();

    private static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    // An open-ended bound is left out of the zone (or written as null).
    private static double? Bound(JsonElement zone, string name) =>
        zone.TryGetProperty(name, out var bound) && bound.ValueKind != JsonValueKind.Null ? bound.GetDouble() : null;

    /// <summary>calculate_critical_power on the stored bests, called until every qualifying activity's bests are stored.</summary>
    private static async Task<JsonElement> SettledAsync(McpClient client, Dictionary<string, object?> arguments)
    {
        for (var calls = 1; ; calls++)
        {
            var fit = (await CallAsync(client, "calculate_critical_power", arguments)).StructuredContent!.Value;
            if (!fit.GetProperty("partial_data").GetBoolean() || calls > 8)
            {
                return fit;
            }
        }
    }

    [Fact]
    public async Task Default_ReportsCriticalPowerBesideFtp_AndKeepsCogganZonesFromFtp()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        // calculate_critical_power reads the streams its bests need, a few per call; once they are all stored, the zones
        // (which read none for CP) see the same bests.
        var fitted = await SettledAsync(client, new() { ["sport"] = "cycling" });
        var zones = (await CallAsync(client, "calculate_personalized_zones")).StructuredContent!.Value;

        Assert.Equal("ftp", zones.GetProperty("power_anchor").GetString());
        var power = zones.GetProperty("power_zones").EnumerateArray().ToList();
        Assert.Equal(7, power.Count);
        // Coggan's zone 4 tops out at 105 % of FTP.
        Assert.Equal(Math.Round(1.05 * zones.GetProperty("ftp_watts").GetDouble(), MidpointRounding.AwayFromZero), Bound(power[3], "high")!.Value, 1);
        var cp = zones.GetProperty("critical_power");
        // Two efforts fit exactly: CP = (P₂₀·1200 − P₅·300) / 900 and W′ = (P₅ − CP)·300 (Monod & Scherrer's line through both).
        var efforts = cp.GetProperty("efforts").EnumerateArray().ToList();
        Assert.Equal([300.0, 1200.0], efforts.Select(e => e.GetProperty("duration_s").GetDouble()));
        var (five, twenty) = (efforts[0].GetProperty("power_w").GetDouble(), efforts[1].GetProperty("power_w").GetDouble());
        var expectedCp = ((twenty * 1200) - (five * 300)) / 900;
        Assert.Equal(expectedCp, cp.GetProperty("critical_power_w").GetDouble(), 0.1);
        // W′ is read from the unrounded CP: 0.05 W of CP rounding is 15 J of W′.
        Assert.InRange(cp.GetProperty("w_prime_j").GetDouble(), ((five - expectedCp) * 300) - 200, ((five - expectedCp) * 300) + 200);
        // The same stored-bests fit as calculate_critical_power.
        Assert.Equal(fitted.GetProperty("critical_power_w").GetDouble(), cp.GetProperty("critical_power_w").GetDouble());
        Assert.Equal(fitted.GetProperty("w_prime_j").GetDouble(), cp.GetProperty("w_prime_j").GetDouble());
        Assert.Contains("Monod & Scherrer 1965", cp.GetProperty("model").GetString(), StringComparison.Ordinal);
        Assert.Contains("Coggan", zones.GetProperty("power_zones_method").GetString(), StringComparison.Ordinal);
        var method = zones.GetProperty("method").GetString()!;
        Assert.Contains("Karvonen", method, StringComparison.Ordinal);
        Assert.Contains("Poole et al. 2016", method, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CpAnchor_BuildsTheDomainsOnCriticalPowerAndWPrime()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var zones = (await CallAsync(client, "calculate_personalized_zones", new() { ["power_anchor"] = "cp" })).StructuredContent!.Value;

        Assert.Equal("cp", zones.GetProperty("power_anchor").GetString());
        var cp = zones.GetProperty("critical_power").GetProperty("critical_power_w").GetDouble();
        var wPrime = zones.GetProperty("critical_power").GetProperty("w_prime_j").GetDouble();
        var power = zones.GetProperty("power_zones").EnumerateArray().ToList();
        // Below CP; severe from CP to the power W′ lasts 2 minutes (CP + W′/120 s); extreme above (Poole et al. 2016).
        Assert.Equal(3, power.Count);
        Assert.Null(Bound(power[0], "low"));
        Assert.Equal(cp, Bound(power[0], "high")!.Value, 0.55);
        Assert.Equal(cp, Bound(power[1], "low")!.Value, 0.55);
        Assert.Equal(cp + (wPrime / 120), Bound(power[1], "high")!.Value, 0.6);
        Assert.Null(Bound(power[2], "high"));
        Assert.StartsWith("intensity domains around critical power", zones.GetProperty("power_zones_method").GetString(), StringComparison.Ordinal);
        // FTP is still reported, only no longer the anchor.
        Assert.True(zones.GetProperty("ftp_watts").GetDouble() > 0);
    }

    [Fact]
    public async Task SwimCssArgument_GivesSwimPaceZonesAroundIt()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var zones = (await CallAsync(client, "calculate_personalized_zones", new() { ["swim_css_s_per_100m"] = 95 })).StructuredContent!.Value;

        // Hand-computed (SwimPaceZonesTests): easy slower than 103, steady 103–98, threshold 98–95, above CSS faster than 95 s/100 m.
        Assert.Equal(95, zones.GetProperty("swim_css_s_per_100m").GetDouble());
        Assert.Equal("argument", zones.GetProperty("swim_css_source").GetString());
        var swim = zones.GetProperty("swim_pace_zones_s_per_100m").EnumerateArray().Select(z => (Bound(z, "low"), Bound(z, "high"))).ToList();
        Assert.Equal([(null, 103.0), (103.0, 98.0), (98.0, 95.0), (95.0, null)], swim);
        Assert.Contains("CSS", zones.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutCss_TheStoredSwimsGiveIt_AsCalculateCriticalPowerDoes()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var fitted = await SettledAsync(client, new() { ["sport"] = "swimming" });
        var zones = (await CallAsync(client, "calculate_personalized_zones")).StructuredContent!.Value;

        var css = zones.GetProperty("swim_css_s_per_100m").GetDouble();
        Assert.StartsWith("fitted on stored swim bests", zones.GetProperty("swim_css_source").GetString(), StringComparison.Ordinal);
        Assert.Equal(fitted.GetProperty("css_s_per_100m").GetDouble(), css);
        var swim = zones.GetProperty("swim_pace_zones_s_per_100m").EnumerateArray().ToList();
        Assert.Equal(Math.Round(css + 8, 1), Bound(swim[0], "high")!.Value, 0.11);
        Assert.Equal(Math.Round(css, 1), Bound(swim[3], "low")!.Value, 0.11);
    }

    [Fact]
    public async Task CssSetting_GivesTheSwimZones_AndAnArgumentStillWins()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var saved = await CallAsync(client, "update_user_configuration", new() { ["overrides"] = new Dictionary<string, object?> { ["swimming_css_s_per_100m"] = 100 } });
        Assert.True(saved.IsError != true, Text(saved));

        var fromSetting = (await CallAsync(client, "calculate_personalized_zones")).StructuredContent!.Value;
        var fromArgument = (await CallAsync(client, "calculate_personalized_zones", new() { ["swim_css_s_per_100m"] = 95 })).StructuredContent!.Value;

        Assert.Equal(100, fromSetting.GetProperty("swim_css_s_per_100m").GetDouble());
        Assert.StartsWith("settings", fromSetting.GetProperty("swim_css_source").GetString(), StringComparison.Ordinal);
        Assert.Equal(108, Bound(fromSetting.GetProperty("swim_pace_zones_s_per_100m")[0], "high"));
        Assert.Equal(95, fromArgument.GetProperty("swim_css_s_per_100m").GetDouble());
        Assert.Equal("argument", fromArgument.GetProperty("swim_css_source").GetString());
    }

    [Fact]
    public async Task WithoutASetting_TheStoredSwimsEstimateCss_ForStress()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var fitted = await SettledAsync(client, new() { ["sport"] = "swimming" });
        var athlete = (await CallAsync(client, "get_athlete")).StructuredContent!.Value;

        // The same distance–time fit of the fastest 400 m and 1 km as calculate_critical_power, kept as the swimming threshold.
        Assert.Equal("estimate", athlete.GetProperty("threshold_sources").GetProperty("swimming_css_s_per_100m").GetString());
        Assert.Equal(fitted.GetProperty("css_s_per_100m").GetDouble(), athlete.GetProperty("thresholds").GetProperty("swimming_css_s_per_100m").GetDouble(), 0.11);
    }

    public static TheoryData<string, object, string> BadArguments => new()
    {
        { "power_anchor", "lthr", "argument 'power_anchor' must be ftp or cp" },
        { "swim_css_s_per_100m", -95, "argument 'swim_css_s_per_100m' must be a number from 40 to 400" },
        { "swim_css_s_per_100m", "fast", "swim_css_s_per_100m" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task BadArguments_AreClearErrors(string name, object value, string expected)
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        var result = await CallAsync(client, "calculate_personalized_zones", new() { [name] = value });

        Assert.True(result.IsError);
        Assert.Contains(expected, Text(result), StringComparison.Ordinal);
    }
}
