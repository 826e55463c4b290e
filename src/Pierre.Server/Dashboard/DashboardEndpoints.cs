using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Pierre.Server.Auth;
using Pierre.Server.Errors;

namespace Pierre.Server.Dashboard;

/// <summary>The caller's dashboard: never an A2A agent's key, which may call tools and nothing else.</summary>
internal static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboardEndpoints(this RouteGroupBuilder group)
    {
        group.RequireAuthorization(Policies.ActiveUser);
        group.MapGet("/", async (ClaimsPrincipal user, DashboardService dashboard, CancellationToken ct) =>
            (await dashboard.OverviewAsync(user, ct).ConfigureAwait(false)).ToOk());
        group.MapGet("/stats", StatsAsync);
        return group;
    }

    private static async Task<Results<Ok<DashboardStats>, ProblemHttpResult>> StatsAsync(
        string? days, string? group, string? scope, ClaimsPrincipal user, DashboardService dashboard, CancellationToken ct)
    {
        if (!StatsQuery.Parse(days, group, scope).TryGetValue(out var query, out var refusal))
        {
            return refusal.ToProblem();
        }

        return (await dashboard.StatsAsync(user, query, ct).ConfigureAwait(false)).ToOk();
    }
}
