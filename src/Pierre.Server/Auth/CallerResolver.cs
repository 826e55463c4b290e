using System.Security.Claims;

namespace Pierre.Server.Auth;

/// <summary>
/// The live <see cref="Caller"/> behind a principal, re-checked like every MCP call (<see cref="CallerCheck"/>). An A2A
/// agent's key also brings the agent's live capabilities, so a narrowed or revoked agent is held to it within seconds.
/// </summary>
internal sealed class CallerResolver(CallerCheck check, LiveCredentials live)
{
    /// <summary>The caller, or the reason the credential no longer stands for an active user.</summary>
    public async Task<(Caller? Caller, string? Refusal)> ResolveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var verdict = await check.CheckAsync(principal, ct).ConfigureAwait(false);
        if (verdict.Account is not { } account)
        {
            return (null, verdict.Refusal);
        }

        var caller = Caller.Of(verdict.UserId, account, principal);
        if (!Guid.TryParse(principal.FindFirstValue(PierreClaims.AgentId), out var agentId))
        {
            return (caller, null);
        }

        var agent = await live.AgentAsync(agentId, ct).ConfigureAwait(false);
        return agent is null || agent.RevokedAt is not null || agent.UserId != verdict.UserId
            ? (null, "the A2A agent was revoked: its owner can register it again with POST /a2a/register")
            : (caller with { AgentCapabilities = agent.Capabilities }, null);
    }
}
