using BenchmarkDotNet.Attributes;
using ModelContextProtocol.Client;

namespace Pierre.Benchmarks.Server;

/// <summary>
/// One <c>tools/call</c> through the SDK client and server on in-memory pipes, so everything but HTTP: JSON-RPC framing,
/// the caller's live check, the gate, the quota, the tool and its output. The principal is the connection's (as on
/// stdio and TCP), so no API key is checked per call; <see cref="HotPathBenchmarks.CredentialCheck"/> has that cost.
/// </summary>
[MemoryDiagnoser]
public class ToolDispatchBenchmarks
{
    private static readonly Dictionary<string, object?> Limit20 = new() { ["limit"] = 20 };
    private BenchmarkHost _host = null!;

    [GlobalSetup]
    public async Task SetupAsync() => _host = await BenchmarkHost.StartAsync();

    [GlobalCleanup]
    public async Task CleanupAsync() => await _host.DisposeAsync();

    [Benchmark]
    public async Task<bool> GetActivities() => (await _host.Client.CallToolAsync("get_activities", Limit20)).IsError != true;

    [Benchmark]
    public async Task<int> ListTools() => (await _host.Client.ListToolsAsync()).Count;
}
