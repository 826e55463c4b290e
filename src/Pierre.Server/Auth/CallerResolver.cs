using System.Security.Claims;

namespace Pierre.Server.Auth;

/// <summary>The live <see cref="Caller"/> behind a principal, re-checked like every MCP call (<see cref="CallerCheck"/>).</summary>
internal sealed class CallerResolver(CallerCheck check)
{
    /// <summary>The caller, or the reason the credential no longer stands for an active user.</summary>
    public async Task<(Caller? Caller, string? Refusal)> ResolveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var verdict = await check.CheckAsync(principal, ct).ConfigureAwait(false);
        if (verdict.Account is not { } account)
        {
            return (null, verdict.Refusal);
        }

        return (Caller.Of(verdict.UserId, account, principal), null);
    }
}
