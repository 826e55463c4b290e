using Pierre.Server.Auth;
using Pierre.Server.Errors;

namespace Pierre.Server.Mcp.Tools;

/// <summary>The application-layer <see cref="Caller"/> of a tool call, and the tool error a <see cref="Refusal"/> becomes.</summary>
internal static class ConnectionCaller
{
    public static async Task<Caller> ResolveAsync(CallerResolver callers, ToolInvocation call, CancellationToken ct) =>
        (await callers.ResolveAsync(call.Caller.Principal, ct).ConfigureAwait(false)).Caller
        ?? throw new ToolArgumentException("the caller is no longer active");

    public static ToolOutcome Error(Refusal refusal) => ToolOutcome.Error(refusal.Detail);
}
