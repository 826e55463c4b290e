using System.Security.Claims;
using Pierre.Server.Data.Entities;

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

        ApiKeyTier? tier = principal.FindFirstValue(PierreClaims.AuthMethod) == AuthMethods.ApiKey
            && Enum.TryParse<ApiKeyTier>(principal.FindFirstValue(PierreClaims.Tier), ignoreCase: true, out var parsed)
            ? parsed
            : null;
        return (new Caller(account.TenantId, verdict.UserId, account.Role, account.Plan, tier), null);
    }
}
