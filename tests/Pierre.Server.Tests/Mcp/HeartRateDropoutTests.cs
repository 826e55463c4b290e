using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Fitness.Load;
using Pierre.Fitness.Model;
using Pierre.Providers;
using Pierre.Server.Tests.Infrastructure;

namespace Pierre.Server.Tests.Mcp;

/// <summary>A chest strap that loses contact records 0 bpm; calculate_metrics must not average those in as heart beats.</summary>
public sealed class HeartRateDropoutTests
{
    [Fact]
    public async Task CalculateMetrics_HeartRateWithZeroDropouts_AveragesOnlyRecordedBeats()
    {
        var ct = TestContext.Current.CancellationToken;
        var run = FakeFitnessProvider.History[0];
        var fake = new FakeFitnessProvider { Streams = a => a.Id == run.Id ? WithDropouts(FakeFitnessProvider.SteadyStreams(a)) : null };
        await using var h = await IdentityHarness.StartAsync(
            TestDatabases.Sqlite, new() { ["AUTO_APPROVE_USERS"] = "true" }, services => services.AddSingleton<IFitnessProvider>(fake));
        await using var client = await McpTestClient.ForNewUserAsync(h, connectSynthetic: false);
        await client.CallToolAsync("connect_provider", new Dictionary<string, object?> { ["provider"] = FakeFitnessProvider.ProviderName }, cancellationToken: ct);

        var metrics = await client.CallToolAsync("calculate_metrics", new Dictionary<string, object?> { ["activity_id"] = run.Id }, cancellationToken: ct);

        Assert.True(metrics.IsError != true, JsonSerializer.Serialize(metrics.Content));
        // The fake athlete: female, resting 48, max 186 bpm; every recorded beat is the run's average, 152 bpm.
        var expected = HeartRateStress.BanisterTrimp(run.DurationSeconds, run.AverageHeartRate!.Value, 48, 186, Sex.Female)!.Value;
        Assert.Equal(expected, metrics.StructuredContent!.Value.GetProperty("trimp_banister").GetDouble(), 0.1);
    }

    /// <summary>Every fourth second lost: 0 bpm, as a strap without skin contact reports it.</summary>
    private static ActivityStreams WithDropouts(ActivityStreams streams) =>
        streams with { HeartRate = [.. streams.HeartRate!.Select((bpm, i) => i % 4 == 3 ? 0 : bpm)] };
}
