using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pierre.Server.Mcp;

namespace Pierre.Benchmarks.Server;

/// <summary>
/// The check every <c>/mcp</c> POST passes before the SDK reads it: one forward pass of a reader over the body, against
/// a full read by the SDK's deserializer (what the check was until 2026-12-07, and what the SDK then does itself).
/// </summary>
[MemoryDiagnoser]
public class McpBodyCheckBenchmarks
{
    private readonly byte[] _body = Encoding.UTF8.GetBytes(
        """{"jsonrpc":"2.0","id":41,"method":"tools/call","params":{"name":"get_activities","arguments":{"limit":20,"format":"json"},"_meta":{"progressToken":"p-41"}}}""");

    [Benchmark(Baseline = true)]
    public JsonRpcMessage? SdkDeserializer() => JsonSerializer.Deserialize(_body, McpJsonUtilities.DefaultOptions.GetTypeInfo<JsonRpcMessage>());

    [Benchmark]
    public void ShapeCheck() => JsonRpcShape.Check(_body);
}
