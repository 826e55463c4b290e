using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ModelContextProtocol;
using Pierre.Providers.Synthetic;
using Pierre.Server.Activities;
using Pierre.Server.Mcp.Tools;

namespace Pierre.Benchmarks.Server;

/// <summary>
/// <c>get_activities</c> with <c>limit: 50</c> from the formatted page to the bytes the SDK writes: structured content,
/// its text (the JSON again, or the compact table), and the serialized <c>CallToolResult</c>.
/// </summary>
[MemoryDiagnoser]
public class ActivityOutputBenchmarks
{
    private ActivityPage _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        var activities = SyntheticAthlete.Activities(Guid.Parse("0190f6a1-0000-7000-8000-00000000000a"), new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));
        _page = new ActivityPage("synthetic", activities.Count, 0, 50, [.. activities.Take(50)]);
    }

    [Benchmark]
    public int Json() => JsonSerializer.SerializeToUtf8Bytes(GetActivitiesTool.Format(_page, compact: false).ToProtocol(), McpJsonUtilities.DefaultOptions).Length;

    [Benchmark]
    public int Compact() => JsonSerializer.SerializeToUtf8Bytes(GetActivitiesTool.Format(_page, compact: true).ToProtocol(), McpJsonUtilities.DefaultOptions).Length;
}
