using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pierre.Server.ApiKeys;
using Pierre.Server.Auth;
using Pierre.Providers.Synthetic;
using Pierre.Server.Connections;
using Pierre.Server.Data;
using Pierre.Server.Data.Entities;
using Pierre.Server.Security;

namespace Pierre.Server.Mcp.Transports;

/// <summary>
/// The person running Pierre on their own machine, over stdio and through <c>quickstart</c>: created on first use in
/// the default tenant, active, with the synthetic provider connected, so one person needs no set-up at all. An
/// ordinary user, not an admin: the first admin comes from first-run setup or <c>admin create</c>.
/// </summary>
internal sealed class LocalOwner(PierreDbContext db, IPasswordHasher<User> hasher, ConnectionService connections, TimeProvider clock)
{
    public const string Email = "owner@pierre.local";
    public const string AuthenticationType = "local";

    public async Task<ClaimsPrincipal> SignInAsync(CancellationToken ct) => (await EnsureAsync(ct).ConfigureAwait(false)).Principal;

    /// <summary>Finds the owner, creating it when missing.</summary>
    public async Task<LocalOwnerAccount> EnsureAsync(CancellationToken ct)
    {
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.Slug == Tenant.DefaultSlug, ct).ConfigureAwait(false);
        var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == Email, ct).ConfigureAwait(false);
        var created = false;
        if (owner is null)
        {
            try
            {
                owner = await CreateAsync(tenant, ct).ConfigureAwait(false);
                created = true;
            }
            catch (DbUpdateException)
            {
                // Another process (a second stdio client, quickstart) created the owner first.
                db.ChangeTracker.Clear();
                owner = await db.Users.AsNoTracking().SingleAsync(u => u.Email == Email, ct).ConfigureAwait(false);
            }
        }

        var account = new AccountState(owner.Status, owner.Role, owner.TenantId, tenant.Plan);
        var principal = ApiKeyAuthenticator.Principal(owner.Id, account, AuthenticationType, AuthenticationType, TierPolicy.ForPlan(tenant.Plan));
        return new LocalOwnerAccount(owner, principal, created);
    }

    private async Task<User> CreateAsync(Tenant tenant, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var owner = new User
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant.Id,
            Email = Email,
            DisplayName = Environment.UserName is { Length: > 0 } name ? name : "owner",
            PasswordHash = string.Empty,
            Role = UserRole.User,
            Status = UserStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        // Nobody signs in as the owner with a password; a random one keeps the account closed to the REST login.
        owner.PasswordHash = hasher.HashPassword(owner, SecretTokens.NewBase62(32));
        db.Users.Add(owner);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await connections.ConnectAsync(tenant.Id, owner.Id, SyntheticAthlete.ProviderName, ct).ConfigureAwait(false);
        return owner;
    }
}

internal sealed record LocalOwnerAccount(User User, ClaimsPrincipal Principal, bool Created);
