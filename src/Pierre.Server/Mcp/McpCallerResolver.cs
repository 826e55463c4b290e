using System.Security.Claims;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pierre.Server.Auth;

namespace Pierre.Server.Mcp;

/// <summary>
/// Turns the transport's principal into the user and tenant a tool acts for, re-checked against the live state on
/// every request (<see cref="CallerCheck"/>): only an active user with a live credential qualifies.
/// </summary>
internal sealed class McpCallerResolver(CallerResolver callers)
{
    public async Task<McpCaller> ResolveAsync(ClaimsPrincipal? principal, CancellationToken ct)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            throw Refused("MCP tools act for an active user: authenticate with a user's API key or access token.");
        }

        var (caller, refusal) = await callers.ResolveAsync(principal, ct).ConfigureAwait(false);
        return caller is not null ? new McpCaller(caller, principal) : throw Refused($"Refused: {refusal}.");
    }

    /// <summary>The TCP front end's code for a missing or dead credential, so every transport answers alike.</summary>
    private static McpProtocolException Refused(string message) => new(message, (McpErrorCode)Transports.JsonRpcErrors.Unauthorized);
}
