using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

public sealed class PredictPerformanceToolTests
{
    private static async Task<(IdentityHarness Harness, McpClient Client)> StartAsync()
    {
        var h = await IdentityHarness.StartAsync(TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" });
        return (h, await McpTestClient.ForNewUserAsync(h, connectSynthetic: false));
    }

    private static Task<CallToolResult> PredictAsync(McpClient client, Dictionary<string, object?> arguments) =>
        client.CallToolAsync("predict_performance", arguments, cancellationToken: TestContext.Current.CancellationToken).AsTask();

    [Fact]
    public async Task FromAGivenRace_AgreesWithDanielsTable()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;

        // VDOT 50 in Daniels' table: 5K 19:57, marathon 3:10:49 (11,449 s).
        var result = await PredictAsync(client, new() { ["reference_distance_m"] = 5000, ["reference_time_s"] = 1197, ["target_distance_m"] = 42195 });

        var body = result.StructuredContent!.Value;
        Assert.NotEqual(true, result.IsError);
        Assert.StartsWith("Daniels–Gilbert VDOT", body.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.Contains("Riegel", body.GetProperty("method").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("convention:", body.GetProperty("range_method").GetString(), StringComparison.Ordinal);
        Assert.Equal(50, body.GetProperty("vdot").GetDouble(), 0.5);
        Assert.InRange(body.GetProperty("predicted_time_s").GetDouble(), 11449 * 0.99, 11449 * 1.01);
        Assert.True(body.GetProperty("range_s").GetProperty("low").GetDouble() < body.GetProperty("predicted_time_s").GetDouble());
        Assert.Equal("arguments", body.GetProperty("reference").GetProperty("source").GetString());
    }

    [Fact]
    public async Task FromTheAthletesRuns_UsesTheirBestRecentRun()
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var before = await PredictAsync(client, new() { ["target_distance_m"] = 10000 });
        await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = "synthetic" }, cancellationToken: TestContext.Current.CancellationToken);

        var result = await PredictAsync(client, new() { ["target_distance_m"] = 10000 });

        Assert.True(before.IsError);
        var body = result.StructuredContent!.Value;
        Assert.StartsWith("activity syn-", body.GetProperty("reference").GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.InRange(body.GetProperty("vdot").GetDouble(), 30, 75);
        Assert.InRange(body.GetProperty("predicted_time_s").GetDouble(), 25 * 60, 70 * 60);
    }

    [Fact]
    public async Task ForTheMarathon_TheMarathonRunIsNotTheReference()
    {
        var ct = TestContext.Current.CancellationToken;
        var now = TimeProvider.System.GetUtcNow();
        // Rows of Daniels' VDOT table: a 3:10:49 marathon is VDOT 50; a 50:03 10K is VDOT 40, whose marathon is 3:49:45 (13,785 s).
        var fake = new FakeFitnessProvider
        {
            Activities =
            [
                new("tm-marathon", "City marathon", Sport.Run, now.AddDays(-10), 11_449, 42_195, 150, 160),
                new("tm-10k", "Parkrun double", Sport.Run, now.AddDays(-30), 3_003, 10_000, 40, 165),
            ],
        };
        await using var h = await IdentityHarness.StartAsync(
            TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider>(fake));
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = FakeFitnessProvider.ProviderName }, cancellationToken: ct);

        var marathon = (await PredictAsync(client, new() { ["target_distance_m"] = 42_195 })).StructuredContent!.Value;
        var fiveK = (await PredictAsync(client, new() { ["target_distance_m"] = 5_000 })).StructuredContent!.Value;

        var reference = marathon.GetProperty("reference");
        Assert.Equal(10_000, reference.GetProperty("distance_m").GetDouble());
        Assert.StartsWith("activity tm-10k", reference.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Contains("leaving out 1 within ±10 %", reference.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal(40, marathon.GetProperty("vdot").GetDouble(), 0.5);
        Assert.InRange(marathon.GetProperty("predicted_time_s").GetDouble(), 13_785 * 0.99, 13_785 * 1.01);
        // For a 5K the marathon is a fair reference, and the better one: VDOT 50, whose 5K is 19:57 (1,197 s).
        Assert.StartsWith("activity tm-marathon", fiveK.GetProperty("reference").GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.InRange(fiveK.GetProperty("predicted_time_s").GetDouble(), 1_197 * 0.99, 1_197 * 1.01);
    }

    [Theory]
    [InlineData("reference_distance_m", "both reference_distance_m and reference_time_s")]
    [InlineData("target_distance_m", "target_distance_m")]
    public async Task BadArguments_NameTheProblem(string omit, string expected)
    {
        var (h, client) = await StartAsync();
        await using var _ = h;
        await using var __ = client;
        var arguments = new Dictionary<string, object?> { ["reference_distance_m"] = 5000, ["reference_time_s"] = 1200, ["target_distance_m"] = 10000 };
        arguments.Remove(omit);

        var result = await PredictAsync(client, arguments);

        Assert.True(result.IsError);
        Assert.Contains(expected, Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text, StringComparison.Ordinal);
    }
}
