using System.Text.Json;
using Pierre.Providers;
using Pierre.Server.Connections;
using Pierre.Server.Errors;

namespace Pierre.Server.Mcp;

/// <summary>
/// Runs one tool for a caller, whatever the front end (MCP, A2A): the tool parses its arguments and calls its service;
/// a bad argument or a failing provider becomes a tool error the caller can act on, never a failed request. Whether the
/// caller may use the tool is <see cref="ToolGate"/>'s decision, taken before.
/// </summary>
internal sealed class ToolRunner(IServiceProvider services, ProviderRegistry providers)
{
    public async Task<ToolOutcome> RunAsync(
        McpCaller caller, string name, IDictionary<string, JsonElement>? arguments, ToolProgress progress, CancellationToken ct)
    {
        try
        {
            var call = new ToolInvocation(caller, arguments, providers, progress);
            return await services.GetRequiredKeyedService<IMcpTool>(name).InvokeAsync(call, ct).ConfigureAwait(false);
        }
        catch (ToolArgumentException e)
        {
            return ToolOutcome.Error($"Invalid arguments for {name}: {e.Message}.");
        }
        catch (ProviderException e)
        {
            // A provider that is down, rate-limited or no longer authorised fails this call, not the connection.
            return ToolOutcome.Error(ProviderFailureMessage.Of(e));
        }
    }
}
