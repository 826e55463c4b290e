using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pierre.Providers.Synthetic;
using Pierre.Server.Auth;
using Pierre.Server.Connections;
using Pierre.Server.Data.Entities;

namespace Pierre.Server.Tests.Infrastructure;

/// <summary>Callers for the application services, made without any front end: users registered through the API, as the services see them.</summary>
internal static class ServiceCallers
{
    /// <summary>A new active user of the default tenant (the harness must auto-approve users).</summary>
    public static async Task<Caller> RegisterAsync(IdentityHarness h, string email, bool connectSynthetic = true) =>
        await OfAsync(h, Guid.Parse(await h.RegisterAsync(email)), connectSynthetic);

    /// <summary>A new user of a new tenant on the enterprise plan, created by a super-admin.</summary>
    public static async Task<Caller> InNewTenantAsync(IdentityHarness h, string slug, string email, bool connectSynthetic = true)
    {
        var root = await h.SuperAdminTokenAsync($"root-{slug}@example.com");
        var (_, tenant, _) = await h.Client.PostAsync("/admin/tenants", new { name = slug, slug, plan = "enterprise" }, root);
        return await OfAsync(h, await h.AddUserToTenantAsync(Guid.Parse(tenant.Str("id")), email, UserRole.User), connectSynthetic);
    }

    /// <summary>Runs <paramref name="use"/> with a service resolved from a scope of its own, as one request would.</summary>
    public static Task<TResult> CallAsync<TService, TResult>(this IdentityHarness h, Func<TService, Task<TResult>> use)
        where TService : notnull =>
        h.ScopedAsync(sp => use(sp.GetRequiredService<TService>()));

    private static async Task<Caller> OfAsync(IdentityHarness h, Guid userId, bool connectSynthetic)
    {
        var ct = TestContext.Current.CancellationToken;
        var (user, plan) = await h.DbAsync(db => db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Join(db.Tenants, u => u.TenantId, t => t.Id, (u, t) => new ValueTuple<User, TenantPlan>(u, t.Plan)).SingleAsync(ct));
        if (connectSynthetic)
        {
            await h.CallAsync<ConnectionService, bool>(c => c.ConnectAsync(user.TenantId, userId, SyntheticAthlete.ProviderName, ct));
        }

        return new Caller(user.TenantId, userId, user.Role, plan);
    }
}
