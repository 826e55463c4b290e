using System.Security.Claims;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using Pierre.Server.Auth;

namespace Pierre.Server.Mcp;

/// <summary>
/// Turns the transport's principal into the user and tenant a tool acts for, re-checked against the live state on
/// every request (<see cref="CallerCheck"/>): only an active user with a live credential qualifies.
/// </summary>
internal sealed class McpCallerResolver(CallerCheck check)
{
    public async Task<McpCaller> ResolveAsync(ClaimsPrincipal? principal, CancellationToken ct)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            throw Refused("MCP tools act for an active user: authenticate with a user's API key or access token.");
        }

        var verdict = await check.CheckAsync(principal, ct).ConfigureAwait(false);
        return verdict.Account is { } account
            ? new McpCaller(Caller.Of(verdict.UserId, account, principal), principal)
            : throw Refused($"Refused: {verdict.Refusal}.");
    }

    /// <summary>The TCP front end's code for a missing or dead credential, so every transport answers alike.</summary>
    private static McpProtocolException Refused(string message) => new(message, (McpErrorCode)Transports.JsonRpcErrors.Unauthorized);
}
